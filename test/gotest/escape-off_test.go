// RUN: %gosubc test -bench . -benchmem -benchtime 10x -escape=off %s | FileCheck %s
// -escape=off reaches the compile: the stack-allocated point of BenchmarkStack now counts.
package foo

import "testing"

type P struct{ x, y int }

func BenchmarkStack(b *testing.B) {
	s := 0
	for i := 0; i < b.N; i++ {
		p := &P{i, i}
		s += p.x
	}
	_ = s
}

// CHECK: BenchmarkStack{{.*}}	      10	{{.*}} ns/op	      16 B/op	       1 allocs/op
