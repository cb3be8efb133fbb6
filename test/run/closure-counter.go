// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Closures capturing by reference and by value, method values, method expressions, recursion.
package main

type T struct{ n int }

func (t *T) Inc() int { t.n++; return t.n }
func (t T) Get() int   { return t.n }

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	f := counter()
	g := counter()
	println(f(), f(), f(), g())
	k := 10
	add := func(x int) int { return x + k }
	println(apply(add, 5))
	k = 20
	println(apply(add, 5))
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * 10 })
	}
	println(fs[0](), fs[1](), fs[2]())
	t := &T{}
	inc := t.Inc
	inc()
	inc()
	get := t.Get
	println(t.n, get())
	ex := (*T).Inc
	println(ex(t))
	vg := T.Get
	println(vg(T{7}))
	fib := func(n int) int { return n }
	var rec func(int) int
	rec = func(n int) int {
		if n < 2 {
			return n
		}
		return rec(n-1) + rec(n-2)
	}
	println(rec(15), fib(3))
}

// CHECK: 1 2 3 1
// CHECK-NEXT: 15
// CHECK-NEXT: 25
// CHECK-NEXT: 0 10 20
// CHECK-NEXT: 2 2
// CHECK-NEXT: 3
// CHECK-NEXT: 7
// CHECK-NEXT: 610 3
