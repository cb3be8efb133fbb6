// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Type inference: from the arguments (untyped constants take their default types), from a
// constraint's core type (Scale's E from S ~[]E, Keys' K and V from M ~map[K]V); output as gc's.
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

// Scale needs constraint type inference: E comes from S's core type.
func Scale[S ~[]E, E Integer](s S, c E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * c
	}
	return r
}

type Point []int32

func (p Point) String() string { return fmt.Sprintf("Point%v", []int32(p)) }

func Pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

func Apply[T, U any](x T, f func(T) U) U { return f(x) }

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Dict map[string]float64

func main() {
	// CHECK: main.Point Point[2 4 6]
	// CHECK-NEXT: map[string]float64
	// CHECK-NEXT: map[int]int32
	// CHECK-NEXT: 4
	// CHECK-NEXT: 2
	// CHECK-NEXT: [-56]
	p := Point{1, 2, 3}
	q := Scale(p, 2)
	fmt.Printf("%T %v\n", q, q)
	fmt.Printf("%T\n", Pair("a", 1.5))
	fmt.Printf("%T\n", Pair(1, 'x'))
	fmt.Println(Apply(3, func(i int) string { return fmt.Sprint(i + 1) }))
	fmt.Println(Keys(Dict{"a": 1, "b": 2}))
	fmt.Println(Scale([]int8{100}, 2))
}
