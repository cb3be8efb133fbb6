// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// UNSUPPORTED: sanitize-stack
// (-sanitize=stack runs with the collector off: NumGC would not move)
// runtime.ReadMemStats: Mallocs and TotalAlloc count the program's allocations, NumGC its
// collections, and the heap figures are consistent (see stdlib/replace/runtime/mem.go).
package main

import "runtime"

var sink []*[64]byte

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		sink = append(sink, new([64]byte))
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	// CHECK: mallocs at least 1000: true
	println("mallocs at least 1000:", after.Mallocs-before.Mallocs >= 1000)
	// CHECK-NEXT: bytes at least 64000: true
	println("bytes at least 64000:", after.TotalAlloc-before.TotalAlloc >= 64000)
	// CHECK-NEXT: collected: true
	println("collected:", after.NumGC > before.NumGC)
	// CHECK-NEXT: consistent: true
	println("consistent:", after.HeapAlloc == after.Alloc && after.HeapInuse+after.HeapIdle == after.HeapSys && after.Alloc > 64000)
}
