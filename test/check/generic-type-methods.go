// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=generic-type-methods.go:
// Generic types and their methods are checked once too, with the receiver's own names for the
// type parameters (E in Scale); the instances Vec[int] and Bad[int] add no error of their own.
package main

type Num interface{ ~int | ~float64 }

type Vec[T Num] struct{ xs []T }

func (v Vec[T]) Sum() int {
	var s T
	for _, x := range v.xs {
		s += x
	}
	// CHECK: generic-type-methods.go:[[#@LINE+1]]:9: cannot use s (variable of type T constrained by Num) as type int in return statement
	return s
}

func (v *Vec[E]) Scale(c float64) {
	for i := range v.xs {
		// CHECK: generic-type-methods.go:[[#@LINE+1]]:3: invalid operation: v.xs[i] *= c (mismatched types E and float64)
		v.xs[i] *= c
	}
}

type Bad[T any] struct {
	// CHECK: generic-type-methods.go:[[#@LINE+1]]:8: invalid map key type T (missing comparable constraint)
	m map[T]int
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

// CHECK: generic-type-methods.go:[[#@LINE+1]]:68: invalid operation: p.v == q.v (incomparable types in type set)
func (p Pair[K, V]) Same(q Pair[K, V]) bool { return p.k == q.k && p.v == q.v }

func main() {
	var v Vec[int]
	v.Sum()
	var b Bad[int]
	_ = b
}
