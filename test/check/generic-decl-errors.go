// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Errors at generic declarations: a type parameter as a whole type, a receiver naming too few
// type parameters, and instantiations that never end (gc's "instantiation cycle").
package main

// CHECK: generic-decl-errors.go:[[#@LINE+1]]:15: cannot use a type parameter as RHS in type declaration
type T[P any] P

type S[K, V any] struct{ k K }

// CHECK: generic-decl-errors.go:[[#@LINE+1]]:7: got 1 type parameter, but receiver base type declares 2
func (s S[K]) Get() K { return s.k }

// CHECK: generic-decl-errors.go:[[#@LINE+1]]:8: instantiation cycle
type L[P any] struct{ next *L[[]P] }

// CHECK: generic-decl-errors.go:[[#@LINE+1]]:10: instantiation cycle
func Rec[T any](n int, x T) int {
	if n == 0 {
		return 0
	}
	return Rec(n-1, []T{x})
}

func main() {
	var t T[int]
	var l L[int]
	_, _ = t, l
	Rec(3, 1)
}
