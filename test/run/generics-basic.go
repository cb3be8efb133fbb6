// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Generic functions (explicit and inferred instantiation), a generic Stack, %T of instances
// (output as gc 1.19 prints it).
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type MyInt int

func main() {
	// CHECK: 6 4 9
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.5}), Sum[MyInt]([]MyInt{4, 5}))
	// CHECK-NEXT: [2 4]
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) }))
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	// CHECK-NEXT: b a
	fmt.Println(s.Pop(), s.Pop())
	p := Pair[int, string]{1, "x"}
	// CHECK-NEXT: main.Pair[int,string] {1 x}
	fmt.Printf("%T %v\n", p, p)
	// CHECK-NEXT: *main.Stack[string]
	fmt.Printf("%T\n", &s)
}
