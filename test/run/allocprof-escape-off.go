// RUN: %gosubc build -allocprof -escape=off -o %t %s && %t 2>&1 >/dev/null | FileCheck %s
// -allocprof -escape=off: every site is on the heap, with the reason "escape analysis off".
package main

type T struct{ a, b int }

//go:noinline
func newT(i int) *T {
	return &T{i, i}
}

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
// CHECK-NEXT: {{^ *}}16000 1000 {{.*}}allocprof-escape-off.go:9:9 &T{...} escape analysis off
// CHECK-NEXT: {{^ *}}2040 8 {{.*}}allocprof-escape-off.go:30:14 append(xs, i) append growth: always on the heap
// CHECK-NEXT: {{^ *}}896 1 {{.*}}allocprof-escape-off.go:27:11 make([]int, len(sink) + 100) escape analysis off
// CHECK-NEXT: {{^ *}}88 9 {{.*}}allocprof-escape-off.go:37:7 str += "x" escape analysis off
// CHECK-NEXT: {{^ *}}16 1 {{.*}}allocprof-escape-off.go:14:9 func literal escape analysis off
// CHECK-NEXT: {{^ *}}8 1 {{.*}}allocprof-escape-off.go:13:2 moved to heap: n escape analysis off
// CHECK-NOT: {{.}}
