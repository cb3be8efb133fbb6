// RUN: %gosubc build -emit-llvm -O2 -o %t.ll %s && FileCheck %s < %t.ll
// RUN: %gosubc build -emit-llvm -O2 -escape=off -o %t.off.ll %s && FileCheck %s --check-prefix=OFF < %t.off.ll
// RUN: %gosubc build -O2 -o %t %s && env GOSUBDEBUG=allocs=1 %t 2>&1 | FileCheck %s --check-prefix=EXEC
// gosub_alloc is declared to LLVM as an allocator, so an allocation whose whole life inlining made
// visible is deleted (and counted by nobody); -escape=off keeps it an opaque call.
package main

type Point struct{ x, y int }

// Escapes to the heap (returned pointer): gc 1.19 allocates once per call.
func NewPoint(x, y int) *Point {
	return &Point{x, y}
}

var keep *Point

func main() {
	sum := 0
	for i := 0; i < 1000; i++ {
		p := NewPoint(i, 2*i)
		sum += p.x + p.y
	}
	keep = NewPoint(1, 2) // this one stays: a global points to it
	println(sum, keep.x)
}

// CHECK: declare noalias noundef nonnull align 16 ptr @gosub_alloc(i64, i1 zeroext) {{.*}}#[[A:[0-9]+]]
// CHECK: attributes #[[A]] = { {{.*}}allockind("alloc,zeroed") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="gosub_alloc" }

// OFF: declare ptr @gosub_alloc(i64, i1 zeroext) {{.*}}#[[A:[0-9]+]]
// OFF: attributes #[[A]] = { nounwind }

// EXEC: 1498500 1
// EXEC: gosub: heap allocations: 1 objects, 16 bytes, 0 collections
