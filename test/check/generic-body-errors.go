// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error --implicit-check-not=undefined --implicit-check-not="not used"
// An error in a generic body is reported once, at the definition and in terms of the type
// parameter (T), as gc reports it: the instances F[int] and F[string] add nothing.
package main

func F[T any](x T) {
	// CHECK: generic-body-errors.go:[[#@LINE+1]]:4: x.Foo undefined (type T has no field or method Foo)
	x.Foo()
	// CHECK: generic-body-errors.go:[[#@LINE+1]]:6: unused declared but not used
	var unused int
}

func main() {
	F(1)
	F("s")
}
