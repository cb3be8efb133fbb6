// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Interfaces: boxing, itabs with value/pointer/promoted methods, type assertions, comparisons, method values.
package main

type Shape interface {
	Area() int
	Name() string
}

type Sq struct{ s int }
type Rc struct{ w, h int }

func (q Sq) Area() int     { return q.s * q.s }
func (q Sq) Name() string  { return "sq" }
func (r *Rc) Area() int    { return r.w * r.h }
func (r *Rc) Name() string { return "rc" }

type Named struct {
	Sq
	label string
}

type MyInt int

func (m MyInt) Area() int     { return int(m) }
func (m MyInt) Name() string  { return "myint" }

func describe(x interface{}) string {
	if _, ok := x.(int); ok {
		return "int"
	}
	if s, ok := x.(string); ok {
		return "string " + s
	}
	if _, ok := x.(Shape); ok {
		return "shape"
	}
	return "other"
}

func main() {
	shapes := []Shape{Sq{3}, &Rc{2, 5}, Named{Sq{4}, "n"}, MyInt(7)}
	total := 0
	for _, s := range shapes {
		total += s.Area()
		println(s.Name(), s.Area())
	}
	println(total)
	var e interface{} = 42
	println(e.(int)+1, describe(e), describe("x"), describe(Sq{1}), describe(1.5))
	var s Shape
	println(s == nil)
	s = Sq{2}
	var e2 interface{} = s
	println(e2 == interface{}(Sq{2}), e2 != interface{}(Sq{3}))
	sh, ok := e2.(Shape)
	println(ok, sh.Area())
	q, ok := e2.(*Rc)
	println(q == nil, ok)
	f := s.Area
	println(f())
	var a, b interface{} = "x", "x"
	println(a == b, a == interface{}(1))
}

// CHECK: sq 9
// CHECK-NEXT: rc 10
// CHECK-NEXT: sq 16
// CHECK-NEXT: myint 7
// CHECK-NEXT: 42
// CHECK-NEXT: 43 int string x shape other
// CHECK-NEXT: true
// CHECK-NEXT: true true
// CHECK-NEXT: true 4
// CHECK-NEXT: true false
// CHECK-NEXT: 4
// CHECK-NEXT: true false
