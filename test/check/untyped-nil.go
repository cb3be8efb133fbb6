// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// nil has no default type: it needs a context of pointer, slice, map, chan, func or interface type.
package main

func main() {
	// CHECK: untyped-nil.go:[[#@LINE+1]]:7: use of untyped nil in assignment
	x := nil
	// CHECK: untyped-nil.go:[[#@LINE+1]]:14: cannot use nil as int value in variable declaration
	var i int = nil
	// CHECK: untyped-nil.go:[[#@LINE+1]]:10: use of untyped nil in variable declaration
	var y = nil
	// CHECK: untyped-nil.go:[[#@LINE+1]]:15: invalid operation: i == nil (mismatched types int and untyped nil)
	println(i == nil)
	_, _ = x, y
}
