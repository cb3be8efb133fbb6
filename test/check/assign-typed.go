// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A typed value is assignable only to an identical type (or an interface it implements...).
package main

type T int

func f(x int) {}

func main() {
	var t T
	// CHECK: assign-typed.go:[[#@LINE+1]]:14: cannot use t (variable of type T) as type int in variable declaration
	var y int = t
	// CHECK: assign-typed.go:[[#@LINE+1]]:4: cannot use t (variable of type T) as type int in argument to f
	f(t)
	var p *int
	// CHECK: assign-typed.go:[[#@LINE+1]]:6: cannot use p (variable of type *int) as type int in assignment
	y = p
	println(y)
}
