// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=generic-core-types.go:
// Indexing, len, range, make, channel operations, composite literals and indirection on a type
// parameter need a core type (or, for indexing, one element type across its type set).
package main

type Seq interface{ ~[]int | ~[4]int }

func At[T Seq](x T) int { return x[0] }

func Index[T any](x T) {
	// CHECK: generic-core-types.go:[[#@LINE+1]]:7: invalid operation: cannot index x (variable of type T constrained by any)
	_ = x[0]
}

func Len[T any](x T) int {
	// CHECK: generic-core-types.go:[[#@LINE+1]]:13: invalid argument: x (variable of type T constrained by any) for len
	return len(x)
}

func Range[T any](x T) {
	// CHECK: generic-core-types.go:[[#@LINE+1]]:12: cannot range over x (variable of type T constrained by any) (T has no core type)
	for range x {
	}
}

func Make[T any]() {
	// CHECK: generic-core-types.go:[[#@LINE+1]]:11: invalid argument: cannot make T: no core type
	_ = make(T)
}

func Send[T any](x T) {
	// CHECK: generic-core-types.go:[[#@LINE+1]]:2: invalid operation: cannot send to x (variable of type T constrained by any): no core type
	x <- 1
}

func Recv[T any](x T) {
	// CHECK: generic-core-types.go:[[#@LINE+1]]:4: invalid operation: cannot receive from x (variable of type T constrained by any): no core type
	<-x
}

func Literal[T any]() {
	// CHECK: generic-core-types.go:[[#@LINE+1]]:6: invalid composite literal type T
	_ = T{}
}

func Deref[T any](x T) {
	// CHECK: generic-core-types.go:[[#@LINE+1]]:7: invalid operation: cannot indirect x (variable of type T constrained by any)
	_ = *x
}

func Call[T any](x T) {
	// CHECK: generic-core-types.go:[[#@LINE+1]]:2: invalid operation: cannot call non-function x (variable of type T constrained by any)
	x()
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {}
