// RUN: %gosubc build -emit-llvm -O0 -o %t.ll %s && FileCheck %s < %t.ll
// RUN: grep -c '^define .*@"main.Max\[' %t.ll | FileCheck --check-prefix=COUNT %s
// One instance per distinct list of type arguments, shared by every call site that uses it
// (explicit or inferred); instance symbols and methods are named as gc names them.
package main

type Stack[T any] struct{ items []T }

// CHECK-DAG: define internal void @"main.(*Stack[int]).Push"(ptr %closure, ptr %s, i64 %x)
// CHECK-DAG: define internal void @"main.(*Stack[string]).Push"(
func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

// CHECK-DAG: define internal i64 @"main.(*Stack[int]).Len"(
func (s *Stack[T]) Len() int { return len(s.items) }

// CHECK-DAG: define internal i64 @"main.Max[int]"(ptr %closure, i64 %a, i64 %b)
// CHECK-DAG: define internal double @"main.Max[float64]"(ptr %closure, double %a, double %b)
func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

// Five call sites, two instances:
// COUNT: 2
func main() {
	var s Stack[int]
	s.Push(Max(1, 2))
	s.Push(Max[int](3, 4))
	s.Push(Max(5, int(6)))
	var t Stack[string]
	t.Push("x")
	println(s.Len(), Max(1.5, 2.5), Max[float64](1, 2))
}
