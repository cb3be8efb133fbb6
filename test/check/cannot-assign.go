// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Only variables, pointer indirections, fields and elements of variables and map entries are assignable.
package main

type T struct{ f int }

func g() int { return 0 }

func main() {
	const c = 1
	// CHECK: cannot-assign.go:[[#@LINE+1]]:2: cannot assign to c (untyped int constant 1)
	c = 2
	// CHECK: cannot-assign.go:[[#@LINE+1]]:2: cannot assign to g() (value of type int)
	g() = 3
	m := map[string]T{}
	// CHECK: cannot-assign.go:[[#@LINE+1]]:2: cannot assign to struct field m["a"].f in map
	m["a"].f = 4
	// CHECK: cannot-assign.go:[[#@LINE+1]]:2: cannot assign to len("abc") (constant 3 of type int)
	len("abc") = 1
}
