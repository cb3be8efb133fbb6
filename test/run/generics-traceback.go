// RUN: %gosubc build -O0 -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s
// A panic's traceback names instances as gc does, their type arguments elided.
// CHECK: panic: runtime error: index out of range [-1]
// CHECK: goroutine 1 [running]:
// CHECK-NEXT: main.(*Stack[...]).Pop(...)
// CHECK: main.main.func1(...)
// CHECK: main.Map[...](...)
// CHECK: main.main()
// CHECK: exit status 2
package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

//go:noinline
func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	Map([]int{1}, func(i int) string {
		var s Stack[string]
		return s.Pop()
	})
}
