// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Deferred calls of every kind run last-in first-out at return, with arguments evaluated at the defer.
package main

type T struct{ n int }

func (t T) show(s string)  { println("show", t.n, s) }
func (t *T) inc()          { t.n++; println("inc", t.n) }

type I interface{ M(int) }

func (t T) M(x int) { println("M", t.n, x) }

func named() (r int) {
	defer func() { r *= 2 }()
	r = 5
	return r + 1
}

func loop() {
	for i := 0; i < 3; i++ {
		defer println("loop", i)
	}
}

func main() {
	x := 1
	defer println("last", x)
	x = 2
	t := T{7}
	defer t.show("value")
	defer t.inc()
	var i I = T{9}
	defer i.M(3)
	f := func(a, b int) { println("closure", a, b, x) }
	defer f(1, 2)
	println(named())
	loop()
	defer recover()
	var s []int
	defer println(len(s))
}

// CHECK: 12
// CHECK-NEXT: loop 2
// CHECK-NEXT: loop 1
// CHECK-NEXT: loop 0
// CHECK-NEXT: 0
// CHECK-NEXT: closure 1 2 2
// CHECK-NEXT: M 9 3
// CHECK-NEXT: inc 8
// CHECK-NEXT: show 7 value
// CHECK-NEXT: last 1
