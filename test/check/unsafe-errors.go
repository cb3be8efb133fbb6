// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Misuses of package unsafe, with types2's messages.
package main

import "unsafe"

type Inner struct{ a, b int }
type E struct {
	n int16
	*Inner
}

func main() {
	var e E
	var x int
	// CHECK: unsafe-errors.go:[[#@LINE+1]]:22: invalid argument: field b is embedded via a pointer in E
	_ = unsafe.Offsetof(e.b)
	// CHECK: unsafe-errors.go:[[#@LINE+1]]:22: invalid argument: x is not a selector expression
	_ = unsafe.Offsetof(x)
	// CHECK: unsafe-errors.go:[[#@LINE+1]]:19: invalid argument: x (variable of type int) is not a pointer
	_ = unsafe.Slice(x, 1)
	// CHECK: unsafe-errors.go:[[#@LINE+1]]:17: cannot use &x (value of type *int) as type unsafe.Pointer in argument to unsafe.Add
	_ = unsafe.Add(&x, 1)
	// CHECK: unsafe-errors.go:[[#@LINE+1]]:13: undefined: unsafe.Foo
	_ = unsafe.Foo
	// CHECK: unsafe-errors.go:[[#@LINE+1]]:23: invalid argument: length -1 (constant of type int) must not be negative
	_ = unsafe.Slice(&x, -1)
	// CHECK: unsafe-errors.go:[[#@LINE+1]]:15: cannot use unsafe.Pointer(&x) (value of type unsafe.Pointer) as type *int in variable declaration
	var p *int = unsafe.Pointer(&x)
	_ = p
}
