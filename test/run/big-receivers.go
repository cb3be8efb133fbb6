// RUN: %gosubc build -emit-llvm -O0 -o %t.ll %s
// RUN: FileCheck %s --check-prefix=IR --implicit-check-not="load [8192 x i8]" --implicit-check-not="store [8192 x i8]" < %t.ll
// RUN: %gosubc run %s 2>&1 | FileCheck %s
// Receivers bigger than 256 bytes cross calls by address, as big arguments do (codegen/cg.h):
// through method calls, method expressions (T.M, promoted W.M), method values, interfaces, and
// the records of defer and go statements. The value is never loaded as one LLVM value, which
// LLVM's instruction selection takes minutes over (Go's recover.go, [8192]byte receivers, took
// 270 s to compile), and a method expression's helper calls the method with the receiver's
// address (it used to pass a value, and the IR did not verify). Expected output: gc's.
// (Big results of f(g()): big-tuples.go.)
// IR: define internal {{.*}} @main.T.M(ptr %closure, ptr %t)
package main
const N = 8192

type T [N]byte

type I interface{ M() int }

func (t T) M() int { return int(t[0]) + int(t[N-1])*1000 }

func (t T) Show(tag string) { println(tag, t[0], t[N-1]) }

func (t T) Send(c chan int) { c <- t.M() }

type W struct {
	pad int
	T
}

type PW struct {
	pad int
	*T
}

func mk(a, b byte) (t T) {
	t[0], t[N-1] = a, b
	return
}

func sum(t T, tag string) { println(tag, t[0], t[N-1]) }

func deferred() {
	x := mk(1, 2)
	defer x.Show("defer value") // x is evaluated here
	x[0] = 99
	for i := byte(0); i < 3; i++ {
		y := mk(10+i, 20+i)
		defer y.Show("defer loop") // records on the heap
		y[0] = 0
	}
	f := T.Show
	defer f(mk(7, 8), "defer method expression")
	g := x.Show
	x[0] = 100
	defer g("defer method value")
	var i I = x
	defer println("defer interface", i.M())
}

func main() {
	x := mk(1, 2)
	println("call", x.M(), mk(3, 4).M())
	println("expr", T.M(x), W.M(W{1, x}), PW.M(PW{2, &x}))
	m := T.M
	w := W.M
	println("expr var", m(mk(5, 6)), w(W{T: mk(7, 8)}))
	v := x.M
	x[0] = 50
	println("value", v(), x.M())
	var i I = x
	x[0] = 60
	iv := i.M
	println("iface", i.M(), iv(), I.M(i))
	var pi I = &x
	println("iface ptr", pi.M())
	deferred()
	done := make(chan int)
	go func(t T, c chan int) { c <- t.M() }(mk(9, 9), done)
	println("go", <-done)
	go x.Send(done)
	x[0] = 0
	println("go method", <-done)
	var e W
	e.T[0] = 11
	go e.Send(done)
	e.T[0] = 0
	println("go promoted", <-done)
	var pe PW
	pe.T = &x
	go pe.Send(done)
	println("go promoted through pointer", <-done)
	send := T.Send
	go send(mk(12, 13), done)
	println("go method expression", <-done)
}

// CHECK: call 2001 4003
// CHECK-NEXT: expr 2001 2001 2001
// CHECK-NEXT: expr var 6005 8007
// CHECK-NEXT: value 2001 2050
// CHECK-NEXT: iface 2050 2050 2050
// CHECK-NEXT: iface ptr 2060
// CHECK-NEXT: defer interface 2100
// CHECK-NEXT: defer method value 99 2
// CHECK-NEXT: defer method expression 7 8
// CHECK-NEXT: defer loop 12 22
// CHECK-NEXT: defer loop 11 21
// CHECK-NEXT: defer loop 10 20
// CHECK-NEXT: defer value 1 2
// CHECK-NEXT: go 9009
// CHECK-NEXT: go method 2060
// CHECK-NEXT: go promoted 11
// CHECK-NEXT: go promoted through pointer 2000
// CHECK-NEXT: go method expression 13012
