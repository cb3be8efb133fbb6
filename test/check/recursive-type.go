// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A type may refer to itself only through a pointer, slice, map, function or interface.
package main

// CHECK: recursive-type.go:[[#@LINE+3]]:6: invalid recursive type A
// CHECK-NEXT: recursive-type.go:[[#@LINE+2]]:6: A refers to
// CHECK-NEXT: recursive-type.go:[[#@LINE+1]]:6: A
type A [2]A

// CHECK: recursive-type.go:[[#@LINE+4]]:6: invalid recursive type B
// CHECK-NEXT: recursive-type.go:[[#@LINE+3]]:6: B refers to
// CHECK-NEXT: recursive-type.go:[[#@LINE+3]]:6: C refers to
// CHECK-NEXT: recursive-type.go:[[#@LINE+1]]:6: B
type B struct{ c C }
type C struct{ b B }

// Fine: through pointers and slices.
type List struct {
	next *List
	kids []List
}

func main() {}
