// RUN: %gosubc build -emit-llvm -O0 -o %t.ll %s && FileCheck %s < %t.ll
// Allocation sites (&T{}, make, closure records, interface boxing) take the stack or the heap as
// escape analysis decided, and type descriptors are named after %T's names.
// CHECK: @type.main.T = private constant {{.*}} i8 25, i8 0, i8 0, i8 1,
package main

type T struct {
	a, b int
	s    string
}

var sinkT *T
var sinkS []int
var sinkF func() int
var sinkE interface{}

// CHECK-LABEL: define internal i64 @main.stackLit(
// CHECK: %lit = alloca { i64, i64, { ptr, i64 } }
// CHECK-NOT: gosub_alloc
// CHECK: ret i64
func stackLit() int {
	p := &T{a: 1, b: 2}
	return p.a + p.b
}

// CHECK-LABEL: define internal void @main.heapLit(
// CHECK: %lit = call ptr @gosub_alloc(i64 32, i1 false)
func heapLit() {
	sinkT = &T{a: 1}
}

// CHECK-LABEL: define internal i64 @main.stackMake(
// CHECK: %make.arr = alloca [8 x i64]
// CHECK-NOT: gosub_makeslice
// CHECK: ret i64
func stackMake() int {
	s := make([]int, 8)
	s[3] = 4
	return s[3]
}

// CHECK-LABEL: define internal void @main.heapMake(
// CHECK: call void @gosub_makeslice(ptr %make.out, i64 8, i1 true,
func heapMake(n int) {
	sinkS = make([]int, n)
}

// CHECK-LABEL: define internal i64 @main.closures(
// CHECK: %closure1 = alloca { ptr, i64 }
// CHECK-NOT: gosub_alloc
// CHECK: ret i64
func closures(x int) int {
	f := func() int { return x + 1 }
	return f()
}

// CHECK-LABEL: define internal void @main.heapClosure(
// CHECK: call ptr @gosub_alloc(i64 16, i1 false)
func heapClosure(x int) {
	sinkF = func() int { return x }
}

// CHECK-LABEL: define internal void @main.box(
// CHECK: %box = call ptr @gosub_alloc(i64 32, i1 false)
// CHECK: insertvalue { ptr, ptr } { ptr @type.main.T, ptr undef }
func box(v T) {
	sinkE = v
}

func main() {
	println(stackLit(), stackMake(), closures(1))
	heapLit()
	heapMake(3)
	heapClosure(2)
	box(T{s: "x"})
}
