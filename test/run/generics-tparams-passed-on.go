// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Generic code passing its type parameters on (Show[List[T]], method values of List[T]), nil
// against a pointer type set, func and channel type parameters, and PT interface{ *T } inferred
// from its core type (PT bound to *T, then met again); the output is gc 1.19's.
package main

import "fmt"

type Stringer interface{ String() string }

type List[T any] struct{ xs []T }

func (l List[T]) String() string { return fmt.Sprint(len(l.xs)) }

func (l *List[T]) Add(x T) *List[T] { l.xs = append(l.xs, x); return l }

func Show[U Stringer](u U) string { return u.String() }

func Wrap[T any](x T) string {
	var l List[T]
	l.Add(x).Add(x)
	f := l.String
	return Show[List[T]](l) + Show(l) + f()
}

func IsNil[T interface{ ~*int | ~*string }](p T) bool { return p == nil }

type Num interface{ ~int | ~float64 }

func Avg[T Num](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

func Apply[T any, F ~func(T) T](f F, x T) T { return f(x) }

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v: v, ok: true} }

func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }

func MapOpt[T, U any](o Opt[T], f func(T) U) Opt[U] {
	if v, ok := o.Get(); ok {
		return Some(f(v))
	}
	return Opt[U]{}
}

func Chan[T any](xs ...T) <-chan T {
	c := make(chan T, len(xs))
	for _, x := range xs {
		c <- x
	}
	close(c)
	return c
}

func Collect[T any](c <-chan T) (out []T) {
	for x := range c {
		out = append(out, x)
	}
	return
}

func Ptrs[T any, PT interface{ *T }](xs []T) []PT {
	var out []PT
	for i := range xs {
		out = append(out, PT(&xs[i]))
	}
	return out
}

func Struct[T interface{ ~struct{ a, b int } }](t T) int { return len(fmt.Sprint(t)) }

// CHECK: {{^}}222 true 1.5 4
// CHECK-NEXT: {{^}}8
// CHECK-NEXT: {{^}}3! true
// CHECK-NEXT: {{^}}{{\[}}1 2 3{{\]}} 2
// CHECK-NEXT: {{^}}5
func main() {
	fmt.Println(Wrap(1), IsNil[*int](nil), Avg([]float64{1, 2}), Avg([]int{3, 5}))
	fmt.Println(Apply(func(i int) int { return i * 2 }, 4))
	o := MapOpt(Some(3), func(i int) string { return fmt.Sprint(i, "!") })
	fmt.Println(o.Get())
	fmt.Println(Collect(Chan(1, 2, 3)), len(Ptrs([]int{1, 2})))
	fmt.Println(Struct(struct{ a, b int }{1, 2}))
}
