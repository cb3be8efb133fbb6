// RUN: %gosubc test -m -run XXX %s 2>&1 | FileCheck %s
// -m on tests: gc 1.19's summaries of testing's methods (the receiver leaks except to b's timer
// methods and Name; ...any arguments are only read; a function given to b.Run escapes).
package foo

import "testing"

var sink []int

// CHECK: escape-m_test.go:[[#@LINE+3]]:12: leaking param: t
// CHECK: escape-m_test.go:[[#@LINE+2]]:33: ... argument does not escape
// CHECK: escape-m_test.go:[[#@LINE+1]]:34: "x" escapes to heap
func TestA(t *testing.T) { t.Log("x") }

// CHECK: escape-m_test.go:[[#@LINE+1]]:12: t does not escape
func TestB(t *testing.T) { _ = t.Name() }

// CHECK: escape-m_test.go:[[#@LINE+1]]:17: b does not escape
func BenchmarkA(b *testing.B) { b.ResetTimer(); b.StopTimer(); b.StartTimer(); b.ReportAllocs() }

// CHECK: escape-m_test.go:[[#@LINE+1]]:17: leaking param: b
func BenchmarkB(b *testing.B) {
	n := 3
	// CHECK: escape-m_test.go:[[#@LINE+2]]:13: func literal escapes to heap
	// CHECK: escape-m_test.go:[[#@LINE+1]]:18: b does not escape
	b.Run("x", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			sink = make([]int, n) // CHECK: escape-m_test.go:[[#@LINE]]:15: make([]int, n) escapes to heap
		}
	})
}
