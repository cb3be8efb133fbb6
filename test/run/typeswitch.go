// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Type switches: nil, several types per case, interface cases, the bound variable per clause.
package main

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type P struct{ p *int }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int8:
		return "int-ish"
	case string:
		return "string " + v
	case Shape:
		return "shape"
	case *int:
		return "ptr"
	case P:
		if v.p == nil {
			return "P nil"
		}
		return "P"
	default:
		return "other"
	}
}

func main() {
	i := 3
	println(classify(nil), classify(1), classify(int8(1)), classify("s"), classify(Sq{2}), classify(&i), classify(P{}), classify(P{&i}), classify(1.5))
	var s Shape = Sq{3}
	switch t := s.(type) {
	case Sq:
		println("Sq", t.s, t.Area())
	}
	switch s.(type) {
	case interface{ Area() int }:
		println("has area")
	}
}

// CHECK: nil int-ish int-ish string s shape ptr P nil P other
// CHECK-NEXT: Sq 3 9
// CHECK-NEXT: has area
