// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Valid generic code over type sets, checked once at its definition: ordering on a union, len
// on ~string | ~[]byte, a pointer-method constraint (PT interface{ *T; Set(string) }), ranging
// over a channel type parameter, generic trees and lists; the output is gc 1.19's.
package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func Clone[S ~[]E, E any](s S) S {
	out := make(S, 0, len(s))
	for _, v := range s {
		out = append(out, v)
	}
	return out[:len(out):cap(out)]
}

type Setter[T any] interface {
	*T
	Set(string)
}

type Box struct{ v string }

func (b *Box) Set(s string) { b.v = s }

func FromStrings[T any, PT Setter[T]](xs []string) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		p := PT(&out[i])
		p.Set(x)
	}
	return out
}

func Len[S ~string | ~[]byte](s S) int { return len(s) }

func Drain[C ~chan E, E any](c C) []E {
	var out []E
	for v := range c {
		out = append(out, v)
	}
	return out
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Join[T fmt.Stringer](xs []T) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(x.String())
	}
	return b.String()
}

type ID int

func (i ID) String() string { return fmt.Sprint(int(i)) }

type List[T any] struct {
	head *node[T]
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head} }

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

func Ptr[T any](v T) *T { return &v }

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface{ ~int | ~float64 }

func Scale[S ~[]E, E Number](s S, c E) S {
	for i := range s {
		s[i] *= c
	}
	return s
}

func Bits[T ~uint8 | ~uint16](x T) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func Abs[T ~int | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Cmp[T comparable](a, b T) bool { return a != b }

func Zero[T any]() T {
	var zero T
	return zero
}

func IsZero[T comparable](v T) bool { return v == Zero[T]() }

type Tree[K Ordered, V any] struct {
	root *tnode[K, V]
}

type tnode[K Ordered, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		if k < (*p).k {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &tnode[K, V]{k: k, v: v}
}

func (t *Tree[K, V]) Walk(f func(K, V)) { walk(t.root, f) }

func walk[K Ordered, V any](n *tnode[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.k, n.v)
	walk(n.right, f)
}

func Send[T any](c chan<- T, v T) { c <- v }

func Keys[K comparable, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Conv[T ~int | ~int64](x float64) T { return T(x) + T(1) }

func Shift[T ~uint | ~uint32](x T, n int) T { return x<<n | x>>1 }

func Str[T ~string](s T) T { return s + "!" + T(strings.ToUpper(string(s))) }

// CHECK: {{^}}2 a 1.5
// CHECK-NEXT: {{^}}{{\[}}1 2{{\]}}
// CHECK-NEXT: {{^}}{{\[}}{x} {y}{{\]}}
// CHECK-NEXT: {{^}}3 1
// CHECK-NEXT: {{^}}{{\[}}1 2{{\]}}
// CHECK-NEXT: {{^}}1 12
// CHECK-NEXT: {{^}}ba3 123
// CHECK-NEXT: {{^}}{{\[}}2 4{{\]}} 3 2 2.5 true true false
// CHECK-NEXT: {{^}}a1 b2
// CHECK-NEXT: {{^}}s 1 3 1.5
// CHECK-NEXT: {{^}}3 10 go!GO
func main() {
	fmt.Println(Min(3, 2), Min("b", "a"), Min(2.5, 1.5))
	fmt.Println(Clone([]int{1, 2}))
	fmt.Println(FromStrings[Box]([]string{"x", "y"}))
	fmt.Println(Len("abc"), Len([]byte{1}))
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(Drain(c))
	fmt.Println(Index([]string{"a", "b"}, "b"), Join([]ID{1, 2}))
	var l List[string]
	l.Push("a")
	l.Push("b")
	l.Each(func(s string) { fmt.Print(s) })
	fmt.Println(*Ptr(3), Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	fmt.Println(Scale([]float64{1, 2}, 2), Bits(uint8(7)), Abs(-2), Abs(2.5), Cmp(1, 2), IsZero(""), IsZero(1))
	var t Tree[string, int]
	t.Put("b", 2)
	t.Put("a", 1)
	t.Walk(func(k string, v int) { fmt.Print(k, v, " ") })
	fmt.Println()
	c2 := make(chan string, 1)
	Send(c2, "s")
	fmt.Println(<-c2, len(Keys(map[int]bool{1: true})), Sum(1, 2), Sum(1.5))
	fmt.Println(Conv[int](2.7), Shift(uint(4), 1), Str("go"))
}
