// RUN: %gosubc build -dump-ast -o %t %s | FileCheck %s
// After checking, untyped constants carry their final types and implicit conversions are explicit.
package main

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	// CHECK: ValueSpec f
	// CHECK: value: Binary << @[[#@LINE+3]]:20 : float64
	// CHECK-NEXT: x: BasicLit 1 @[[#@LINE+2]]:18 : float64
	// CHECK-NEXT: y: BasicLit 3 @[[#@LINE+1]]:23 : uint
	var f float64 = 1 << 3
	// CHECK: ValueSpec s
	// CHECK: value: Convert @[[#@LINE+2]]:18 : Shape
	// CHECK-NEXT: x: CompositeLit @[[#@LINE+1]]:18 : Sq
	var s Shape = Sq{2}
	// CHECK: lhs: Ident x @[[#@LINE+3]]:2 : int32
	// CHECK-NEXT: rhs: Binary + @[[#@LINE+2]]:11 : int32
	// CHECK-NEXT: x: BasicLit 'a' @[[#@LINE+1]]:7 : int32
	x := 'a' + 1
	// CHECK: lhs: Ident b @[[#@LINE+2]]:2 : bool
	// CHECK-NEXT: rhs: Binary < @[[#@LINE+1]]:9 : bool
	b := x < 2
	println(f, s.Area(), b)
}
