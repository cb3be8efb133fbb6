// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=generic-constraints-in-body.go:
// A generic body passing its type parameter on to another generic: the type parameter must
// satisfy the callee's constraint with its whole type set.
package main

func Eq[U comparable](a, b U) bool { return a == b }

func Int[U ~int](u U) U { return u }

func CallEq[T any](x T) bool {
	// CHECK: generic-constraints-in-body.go:[[#@LINE+1]]:11: T does not implement comparable
	return Eq(x, x)
}

func CallInt[T ~int | ~int8](x T) T {
	// CHECK: generic-constraints-in-body.go:[[#@LINE+1]]:12: T does not implement ~int
	return Int(x)
}

func CallIntOK[T ~int](x T) T { return Int(x) }

func CallEqOK[T comparable](x T) bool { return Eq(x, x) }

func Rec[T any](n int, x T) int {
	if n == 0 {
		return 0
	}
	return Rec(n-1, x)
}

func main() {
	println(CallIntOK(3), CallEqOK("a"), Rec(2, 1.5))
}
