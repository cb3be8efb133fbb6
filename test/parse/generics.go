// RUN: %gosubc build -dump-ast %s | FileCheck %s
// Type parameter lists on functions and types, constraints with ~ and unions, instantiations
// with one and several type arguments, and the ambiguous forms: `type A [N]int` is an array,
// `type G[P any]` a generic type, `a[b](c)` an index then a call, `f[int](x)` an instantiation.
package main

// CHECK: TypeSpec Pair @[[#@LINE+3]]:6
// CHECK-NEXT: tparam: Field K @[[#@LINE+2]]:11
// CHECK-NEXT: type: Ident comparable
type Pair[K comparable, V any] struct {
	k K
	v V
}

const N = 4

// CHECK: TypeSpec A @[[#@LINE+2]]:6
// CHECK-NEXT: type: ArrayType
type A [N]int

// CHECK: TypeSpec Number @[[#@LINE+4]]:6
// CHECK: Binary |
// CHECK-NEXT: x: Unary ~
// CHECK-NEXT: x: Ident int
type Number interface{ ~int | ~float64 }

// CHECK: FuncDecl First @[[#@LINE+4]]:6
// CHECK-NEXT: type: FuncType
// CHECK-NEXT: tparam: Field T @[[#@LINE+2]]:12
// CHECK-NEXT: type: Ident any
func First[T any, S interface{ ~[]T }](s S) T { return s[0] }

// CHECK: FuncDecl Get
// CHECK-NEXT: recv: Field p
// CHECK-NEXT: type: Star *
// CHECK-NEXT: x: Index
// CHECK-NEXT: x: Ident Pair
// CHECK-NEXT: index: Ident K
// CHECK-NEXT: targ: Ident V
func (p *Pair[K, V]) Get() V { return p.v }

func main() {
	a, b, c := []func(int) int{func(x int) int { return x }}, 0, 3
	// CHECK: Call @[[#@LINE+2]]:16 : int
	// CHECK-NEXT: fn: Ident First @[[#@LINE+1]]:6 : func([]int) int
	_ = First[int]([]int{1})
	// CHECK: Call @[[#@LINE+2]]:10 : int
	// CHECK-NEXT: fn: Index @[[#@LINE+1]]:7 : func(int) int
	_ = a[b](c)
	// CHECK: CompositeLit @[[#@LINE+1]]:23 : Pair[int,string]
	_ = Pair[int, string]{}
}
