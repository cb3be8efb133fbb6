// RUN: %gosubc build -allocprof -o %t %s && %t 2>&1 >/dev/null | FileCheck %s
// RUN: %gosubc build -allocprof -escape=off -o %t.off %s && %t.off 2>&1 >/dev/null | FileCheck %s --check-prefix=OFF
// -allocprof: at exit, each heap allocation site's bytes, objects, text and escape reason, by bytes;
// with -escape=off every site is on the heap, with the reason "escape analysis off".
package main

type T struct{ a, b int }

//go:noinline
func newT(i int) *T {
	return &T{i, i}
}

// Kept out of line, so that its closure and counter escape (inlined, neither would).
//
//go:noinline
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

var sink []int

func main() {
	total := 0
	for i := 0; i < 1000; i++ {
		total += newT(i).a
	}
	s := make([]int, len(sink)+100)
	var xs []int
	for i := 0; i < 100; i++ {
		xs = append(xs, i)
	}
	sink = xs
	f := counter()
	f()
	str := ""
	for i := 0; i < 10; i++ {
		str += "x"
	}
	println(total, len(s), f(), str)
}

// CHECK: gosub: allocation profile (heap allocation sites by bytes)
// CHECK-NEXT: {{^ *}}bytes objects site expression reason
// CHECK-NEXT: {{^ *}}16000 1000 {{.*}}allocprof-sites.go:11:9 &T{...} flows to result ~r0 (spill, return)
// CHECK-NEXT: {{^ *}}2040 8 {{.*}}allocprof-sites.go:35:14 append(xs, i) append growth: always on the heap
// CHECK-NEXT: {{^ *}}896 1 {{.*}}allocprof-sites.go:32:11 make([]int, len(sink) + 100) flows to heap (non-constant size)
// CHECK-NEXT: {{^ *}}88 9 {{.*}}allocprof-sites.go:42:7 str += "x" string concatenation: always on the heap in gosub
// CHECK-NEXT: {{^ *}}16 1 {{.*}}allocprof-sites.go:19:9 func literal flows to result ~r0 (spill, return)
// CHECK-NEXT: {{^ *}}8 1 {{.*}}allocprof-sites.go:18:2 moved to heap: n flows to {storage for func literal}, which outlives it (captured by a closure, reference)
// CHECK-NOT: {{.}}

// OFF: gosub: allocation profile (heap allocation sites by bytes)
// OFF-NEXT: {{^ *}}bytes objects site expression reason
// OFF-NEXT: {{^ *}}16000 1000 {{.*}}allocprof-sites.go:11:9 &T{...} escape analysis off
// OFF-NEXT: {{^ *}}2040 8 {{.*}}allocprof-sites.go:35:14 append(xs, i) append growth: always on the heap
// OFF-NEXT: {{^ *}}896 1 {{.*}}allocprof-sites.go:32:11 make([]int, len(sink) + 100) escape analysis off
// OFF-NEXT: {{^ *}}88 9 {{.*}}allocprof-sites.go:42:7 str += "x" escape analysis off
// OFF-NEXT: {{^ *}}16 1 {{.*}}allocprof-sites.go:19:9 func literal escape analysis off
// OFF-NEXT: {{^ *}}8 1 {{.*}}allocprof-sites.go:18:2 moved to heap: n escape analysis off
// OFF-NOT: {{.}}
