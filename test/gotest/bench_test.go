// RUN: %gosubc test -bench . -benchmem -benchtime 100x %s | FileCheck %s --match-full-lines --strict-whitespace
// Benchmarks print go test's lines: labels, name-GOMAXPROCS padded, N, ns/op, B/op, allocs/op, PASS, ok.
package foo

import "testing"

type P struct{ x, y int }

var sink *P

func BenchmarkHeap(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = &P{i, i}
	}
}

func BenchmarkStack(b *testing.B) {
	s := 0
	for i := 0; i < b.N; i++ {
		p := &P{i, i}
		s += p.x
	}
	_ = s
}

// CHECK:goos: linux
// CHECK-NEXT:goarch: amd64
// CHECK-NEXT:cpu: {{.+}}
// CHECK-NEXT:BenchmarkHeap{{(-[0-9]+)?}} {{ *}}	     100	{{ *[0-9.]+}} ns/op	      16 B/op	       1 allocs/op
// CHECK-NEXT:BenchmarkStack{{(-[0-9]+)?}} {{ *}}	     100	{{ *[0-9.]+}} ns/op	       0 B/op	       0 allocs/op
// CHECK-NEXT:PASS
// CHECK-NEXT:ok  	command-line-arguments	{{[0-9]+\.[0-9][0-9][0-9]}}s
