// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Generic functions and types used wrongly: gc 1.19's messages and positions.
package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Zero[T any]() T {
	var z T
	return z
}

func Keys[K comparable, V any](m map[K]V) []K { return nil }

type Stack[T any] struct{ items []T }

type MyFloat float64

type Float interface{ float64 }

func Half[T Float](x T) T { return x / 2 }

func main() {
	// CHECK: generics-errors.go:[[#@LINE+1]]:9: string does not implement Number (string missing in ~int | ~float64)
	_ = Sum([]string{"a"})
	// CHECK: generics-errors.go:[[#@LINE+1]]:10: cannot infer T ({{.*}}generics-errors.go:15:11)
	_ = Zero()
	// CHECK: generics-errors.go:[[#@LINE+1]]:7: cannot use generic function Sum without instantiation
	f := Sum
	// CHECK: generics-errors.go:[[#@LINE+1]]:8: cannot use generic type Stack[T any] without instantiation
	var s Stack
	// CHECK: generics-errors.go:[[#@LINE+1]]:8: cannot use type Number outside a type constraint: interface contains type constraints
	var n Number
	// CHECK: generics-errors.go:[[#@LINE+1]]:24: got 3 type arguments but want 2
	_ = Keys[int, string, bool]
	// CHECK: generics-errors.go:[[#@LINE+1]]:11: MyFloat does not implement Float (possibly missing ~ for float64 in constraint Float)
	_ = Half[MyFloat]
	// CHECK: generics-errors.go:[[#@LINE+1]]:11: type []int of []int{} does not match map[K]V (cannot infer K and V)
	_ = Keys([]int{})
	_, _, _ = f, s, n
}
