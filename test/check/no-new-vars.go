// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// `:=` must declare at least one new non-blank variable, and only names may stand on its left.
package main

func main() {
	x := 1
	// CHECK: no-new-vars.go:[[#@LINE+1]]:4: no new variables on left side of :=
	x := 2
	// CHECK: no-new-vars.go:[[#@LINE+1]]:4: no new variables on left side of :=
	_ := 3
	var a [2]int
	// CHECK: no-new-vars.go:[[#@LINE+1]]:2: non-name a[0] on left side of :=
	a[0], y := 1, 2
	// CHECK: no-new-vars.go:[[#@LINE+1]]:5: z repeated on left side of :=
	z, z := 1, 2
	println(x, a[1], y, z)
}
