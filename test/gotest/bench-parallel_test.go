// RUN: %gosubc test -bench . -benchtime 1000x %s | FileCheck %s --match-full-lines
// RUN: env GOMAXPROCS=3 %gosubc test -bench . -benchtime 1000x %s | FileCheck %s --check-prefix=P3
// b.RunParallel shares b.N iterations among GOMAXPROCS * SetParallelism goroutines through
// pb.Next, and returns when all of them have finished.
package foo

import (
	"sync"
	"testing"
)

func BenchmarkParallel(b *testing.B) {
	var mu sync.Mutex
	iterations, workers := 0, 0
	b.SetParallelism(2)
	b.RunParallel(func(pb *testing.PB) {
		mu.Lock()
		workers++
		mu.Unlock()
		for pb.Next() {
			mu.Lock()
			iterations++
			mu.Unlock()
		}
	})
	if b.N == 1000 {
		b.Logf("%d iterations in %d goroutines", iterations, workers)
	}
}

// CHECK: BenchmarkParallel{{(-[0-9]+)?}} {{.*}}
// CHECK-NEXT: --- BENCH: BenchmarkParallel{{(-[0-9]+)?}}
// CHECK-NEXT: {{ *}}bench-parallel_test.go:{{[0-9]+}}: 1000 iterations in {{[0-9]+}} goroutines
// P3: BenchmarkParallel-3 {{.*}}
// P3: {{ *}}bench-parallel_test.go:{{[0-9]+}}: 1000 iterations in 6 goroutines
// CHECK: PASS
