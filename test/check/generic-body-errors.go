// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=error --implicit-check-not=undefined --implicit-check-not="not used"
// An error in a generic body is reported once, however many instances meet it. (gosub checks
// a body in its instances: the message names the first instance's type, int, where gc says T.)
package main

func F[T any](x T) {
	// CHECK: generic-body-errors.go:[[#@LINE+1]]:4: x.Foo undefined (type int has no field or method Foo)
	x.Foo()
	// CHECK: generic-body-errors.go:[[#@LINE+1]]:6: unused declared but not used
	var unused int
}

func main() {
	F(1)
	F("s")
}
