// RUN: %gosubc test -bench . -benchtime 5x -count 2 %s | FileCheck %s --match-full-lines --strict-whitespace
// b.Run: only the leaves print, named Parent/sub, duplicates numbered #01; -count repeats lines;
// StopTimer/StartTimer/ResetTimer are accepted; ReportAllocs shows B/op without -benchmem.
package foo

import "testing"

var sink []int

func BenchmarkGroup(b *testing.B) {
	for _, n := range []int{1, 10} {
		b.Run("n", func(b *testing.B) {
			b.StopTimer()
			b.StartTimer()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				sink = make([]int, n)
			}
		})
	}
	b.Run("allocs", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sink = make([]int, 4)
		}
	})
}

// CHECK:BenchmarkGroup/n{{(-[0-9]+)?}} {{ *}}	       5	{{ *[0-9.]+}} ns/op
// CHECK-NEXT:BenchmarkGroup/n{{(-[0-9]+)?}} {{ *}}	       5	{{ *[0-9.]+}} ns/op
// CHECK-NEXT:BenchmarkGroup/n#01{{(-[0-9]+)?}} {{ *}}	       5	{{ *[0-9.]+}} ns/op
// CHECK-NEXT:BenchmarkGroup/n#01{{(-[0-9]+)?}} {{ *}}	       5	{{ *[0-9.]+}} ns/op
// CHECK-NEXT:BenchmarkGroup/allocs{{(-[0-9]+)?}} {{ *}}	       5	{{ *[0-9.]+}} ns/op	      32 B/op	       1 allocs/op
// CHECK-NEXT:BenchmarkGroup/allocs{{(-[0-9]+)?}} {{ *}}	       5	{{ *[0-9.]+}} ns/op	      32 B/op	       1 allocs/op
// CHECK-NEXT:PASS
