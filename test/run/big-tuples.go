// RUN: %gosubc build -emit-llvm -O0 -o %t.ll %s
// RUN: FileCheck %s --check-prefix=IR --implicit-check-not="load [65536 x i8]" --implicit-check-not="store [65536 x i8]" --implicit-check-not="phi [65536 x i8]" < %t.ll
// RUN: %gosubc run %s 2>&1 | FileCheck %s
// RUN: %gosubc run -O0 %s 2>&1 | FileCheck %s
// Big values (64 KB here) among several results, in comma-ok forms, and stored after a call or
// in another block than the one that read them move memory to memory: never as one LLVM value,
// which LLVM's optimiser and instruction selection take minutes and gigabytes over (two [64K]byte
// results of an inlined function ran for minutes past 5 GB; `x, y := g()` with 4 KB values took
// 5 s at -O2). Expected output: gc's.
// IR: define {{.*}} @main.main(
package main

const N = 1 << 16

type T [N]byte

type H [N / 2]byte

func mk(a, b byte) (t T) {
	t[0], t[N-1] = a, b
	return
}

func (t *T) sum() int { return int(t[0]) + int(t[N-1]) }

func two(a byte) (T, T) { return mk(a, a+1), mk(a+2, a+3) } // inlined

//go:noinline
func twoCall(a byte) (T, T) { return mk(a, a+1), mk(a+2, a+3) }

func both(a byte) (T, T) { return two(a) } // return g(), inlined in turn

func three(a byte) (T, int, T) { return mk(a, a), int(a), mk(a+1, a+1) }

func lead(a byte) (int, T, T) { return int(a), mk(a, a), mk(a+1, a+1) }

func f(x, y T) int { return x.sum()*1000 + y.sum() }

func fv(n int, xs ...T) int { return n*10000 + len(xs) + xs[len(xs)-1].sum() }

var global T

func main() {
	x, y := two(1)
	println("define", x.sum(), y.sum())
	x, y = twoCall(5)
	println("assign", x.sum(), y.sum())
	y, x = x, y
	println("swap", x.sum(), y.sum())
	println("spread", f(two(9)), f(twoCall(10)), f(both(11)))
	_, z := both(20)
	println("blank", z.sum())
	a, n, b := three(3)
	println("three", a.sum(), n, b.sum())
	var v1, v2 = twoCall(30)
	println("var", v1.sum(), v2.sum())
	global, x = two(40)
	println("global", global.sum(), x.sum())
	var i1, i2 interface{} = two(50)
	println("boxed", i1.(T)[0], i2.(T)[N-1])
	println("variadic", fv(lead(7)))

	m := map[string]T{"a": mk(60, 61)}
	m["b"] = mk(62, 63)
	got, ok := m["b"]
	missing, ok2 := m["c"]
	println("map", got.sum(), ok, missing.sum(), ok2)
	var e interface{} = mk(70, 71)
	w, ok3 := e.(T)
	var none interface{} = 1
	w2, ok4 := none.(T)
	println("assert", w.sum(), ok3, w2.sum(), ok4)
	c := make(chan H, 1) // (gc's limit for a channel's elements: under 64 KB)
	var h H
	h[0], h[N/2-1] = 80, 81
	c <- h
	r, ok5 := <-c
	close(c)
	r2, ok6 := <-c
	println("recv", r[0], r[N/2-1], ok5, r2[0], ok6)
	var s []T
	s = append(s, x, mk(90, 91))
	x[0] = 0 // the appended copy is unchanged
	println("append", len(s), s[0].sum(), s[1].sum())
	ps := &s[1]
	s = append(s, *ps, s[0]) // read before the slice grows
	println("append grown", len(s), s[2].sum(), s[3].sum())
}

// CHECK: define 3 7
// CHECK-NEXT: assign 11 15
// CHECK-NEXT: swap 15 11
// CHECK-NEXT: spread 19023 21025 23027
// CHECK-NEXT: blank 45
// CHECK-NEXT: three 6 3 8
// CHECK-NEXT: var 61 65
// CHECK-NEXT: global 81 85
// CHECK-NEXT: boxed 50 53
// CHECK-NEXT: variadic 70018
// CHECK-NEXT: map 125 true 0 false
// CHECK-NEXT: assert 141 true 0 false
// CHECK-NEXT: recv 80 81 true 0 false
// CHECK-NEXT: append 2 85 181
// CHECK-NEXT: append grown 4 181 85
