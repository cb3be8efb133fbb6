// RUN: %gosubc build -emit-llvm -O0 -o %t.ll %s && FileCheck %s < %t.ll
// Functions and globals carry gc's symbol names; every function takes the closure pointer first.
package main

type T struct{ n int }

// CHECK-DAG: @main.count = global i64 0
var count int

// CHECK-DAG: define internal i64 @main.fib(ptr %closure, i64 %n)
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// CHECK-DAG: define internal void @"main.(*T).inc"(ptr %closure, ptr %t)
func (t *T) inc() { t.n++ }

// CHECK-DAG: define internal i64 @main.T.get(ptr %closure, { i64 } %t)
func (t T) get() int { return t.n }

// CHECK-DAG: define internal { i64, i64 } @main.pair(ptr %closure)
func pair() (int, int) { return 1, 2 }

// CHECK-DAG: define void @main..init(ptr %closure)
// CHECK-DAG: define void @main.main(ptr %closure)
func main() {
	var t T
	t.inc()
	a, b := pair()
	count = fib(10) + t.get() + a + b
}
