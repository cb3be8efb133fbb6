// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Generic code that the checker now checks once against its constraints (core types, operators
// over type sets, methods through constraints, conversions, recursion with the same type
// parameters) still compiles and runs per instance, printing what gc 1.19 prints.
package main

import (
	"fmt"
	"strconv"
	"unsafe"
)

type Number interface {
	~int | ~int8 | ~int64 | ~float64
}

type Text interface{ ~int | ~string }

type Seq interface{ ~[]int | ~[3]int }

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

type Stringer interface{ String() string }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Add[T Text](a, b T) T { return a + b }

func First[T Seq](x T) int { return x[0] }

func Show[T Stringer](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.String())
	}
	return out
}

func Convert[T, U Number](x T) U { return U(x) }

func Bytes[S ~string | ~[]byte](buf []byte, s S) []byte { return append(buf, s...) }

func Depth[T any](n int, x T) int {
	if n == 0 {
		return 0
	}
	return 1 + Depth(n-1, x)
}

func Kind[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + v
	case T:
		return fmt.Sprintf("T %v", v)
	}
	return "?"
}

func Zero[T any]() (T, T) {
	var z T
	return z, *new(T)
}

func Size[T any](x T) uintptr { return unsafe.Sizeof(x) }

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack[E any] struct{ items []E }

func (s *Stack[E]) Push(x E) { s.items = append(s.items, x) }

func (s *Stack[E]) Pop() (E, bool) {
	var zero E
	if s.Len() == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func (s *Stack[E]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Equal[T comparable](a, b T) bool { return a == b }

// CHECK: {{^}}6 4 127
// CHECK-NEXT: {{^}}3 gosub MyInt(5)
// CHECK-NEXT: {{^}}7 9
// CHECK-NEXT: {{^}}{{\[}}MyInt(1) MyInt(2){{\]}}
// CHECK-NEXT: {{^}}3 2
// CHECK-NEXT: {{^}}abc de
// CHECK-NEXT: {{^}}3
// CHECK-NEXT: {{^}}int 1 string s T 2.5
// CHECK-NEXT: {{^}}"" "" 0 0
// CHECK-NEXT: {{^}}1 16 32
// CHECK-NEXT: {{^}}2
// CHECK-NEXT: {{^}}{{\[}}1 4 9{{\]}}
// CHECK-NEXT: {{^}}y true 1
// CHECK-NEXT: {{^}}{k 1} {1 {{\[}}2{{\]}}}
// CHECK-NEXT: {{^}}7 2.5 true false
func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[int8](100, 27))
	fmt.Println(Add(1, 2), Add("go", "sub"), Add(MyInt(2), 3))
	fmt.Println(First([]int{7, 8}), First([3]int{9, 1, 2}))
	fmt.Println(Show([]MyInt{1, 2}))
	fmt.Println(Convert[float64, int](3.9), Convert[int, float64](2))
	fmt.Println(string(Bytes([]byte("a"), "bc")), string(Bytes(nil, []byte("de"))))
	fmt.Println(Depth(3, 1))
	fmt.Println(Kind(1), Kind("s"), Kind(2.5))
	a, b := Zero[string]()
	c, d := Zero[int]()
	fmt.Printf("%q %q %d %d\n", a, b, c, d)
	fmt.Println(Size(int8(1)), Size("s"), Size([4]int64{}))
	fmt.Println(Keys(map[string]int{"a": 1, "b": 2}))
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strconv.Itoa(i * i) }))
	var s Stack[string]
	s.Push("x")
	s.Push("y")
	top, ok := s.Pop()
	fmt.Println(top, ok, s.Len())
	fmt.Println(MakePair("k", 1), MakePair(1, []int{2}))
	fmt.Println(Max(3, 7), Max(2.5, -1.0), Equal("a", "a"), Equal(1, 2))
}
