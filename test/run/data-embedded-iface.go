// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Methods promoted from an embedded interface, pointer-shaped structs in interfaces,
// interface-to-interface conversions and interface method expressions.
package main

type I interface{ M() int }
type J interface {
	M() int
	N() string
}

type A struct{ v int }

func (a A) M() int { return a.v }

type S struct {
	I
	name string
}

func (s S) N() string { return s.name }

type P struct{ p *A }

func (p P) M() int { return p.p.v * 2 }

func main() {
	s := S{A{4}, "s"}
	var j J = s
	println(j.M(), j.N())
	var i I = j
	println(i.M())
	f := s.M
	println(f())
	var k I = P{&A{5}}
	println(k.M())
	var e interface{} = k
	if ii, ok := e.(I); ok {
		println(ii.M())
	}
	g := I.M
	println(g(s))
}

// CHECK: 4 s
// CHECK-NEXT: 4
// CHECK-NEXT: 4
// CHECK-NEXT: 10
// CHECK-NEXT: 10
// CHECK-NEXT: 4
