// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Pointers stored in a global or in a field of an escaping object escape.
package main

type T struct{ p *int }

var global *int
var gt *T

// A pointer stored in a package-level variable escapes.
func toGlobal() {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: x
	x := 1
	global = &x
}

// A pointer stored in a field of an object that itself escapes escapes too.
func toEscapingObject() {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: y
	y := 2
	// CHECK: :[[#@LINE+1]]:7: &T{} escapes to heap
	t := &T{}
	t.p = &y
	gt = t
}

// The same store into an object that stays local does not.
func toLocalObject() int {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: z
	z := 3
	// CHECK: :[[#@LINE+1]]:7: &T{} does not escape
	t := &T{}
	t.p = &z
	return *t.p
}

func main() {
	toGlobal()
	toEscapingObject()
	println(toLocalObject())
}
