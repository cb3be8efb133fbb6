// RUN: %gosubc build -allocprof -o %t %s && not %t 2>&1 >/dev/null | FileCheck %s
// -allocprof: the table is printed on the panic exit path too; boxing, a variadic call's slice
// (vf inlined), a string conversion, what fmt allocates in a call, a defer in a loop are sites.
package main

import "fmt"

var sinkAny interface{}
var sinkB []byte

func vf(xs ...*int) int {
	sinkAny = xs
	return len(xs)
}

func main() {
	for i := 0; i < 10; i++ {
		sinkAny = i + 1000
		sinkB = []byte(fmt.Sprint(i))
		defer func() {}()
	}
	a, b := 1, 2
	vf(&a, &b)
	panic("boom")
}

// CHECK: panic: boom
// CHECK: gosub: allocation profile (heap allocation sites by bytes)
// CHECK-NEXT: bytes objects site expression reason
// CHECK-DAG: 240 10 {{.*}}allocprof-panic.go:20:3 defer func literal() defer in a loop: its record is on the heap
// CHECK-DAG: {{[0-9]+}} {{[0-9]+}} - runtime (other) not a site of the program
// CHECK-DAG: 80 10 {{.*}}allocprof-panic.go:18:15 i + 1000 flows to heap (spill, assign)
// CHECK-DAG: 80 10 {{.*}}allocprof-panic.go:19:17 ([]byte)(fmt.Sprint(... argument...)) flows to heap (spill, assign)
// CHECK-DAG: 80 10 {{.*}}allocprof-panic.go:19:28 inside fmt.Sprint another package allocates
// CHECK-DAG: 24 1 {{.*}}allocprof-panic.go:12:12 xs flows to heap (spill, assign)
// CHECK-DAG: 16 1 {{.*}}allocprof-panic.go:23:4 ... argument flows to {storage for xs}, which outlives it (spill, assign, interface-converted)
// CHECK-DAG: 8 1 {{.*}}allocprof-panic.go:22:2 moved to heap: a flows to {storage for ... argument}, which outlives it (address-of, slice-literal-element)
// CHECK-DAG: 8 1 {{.*}}allocprof-panic.go:22:5 moved to heap: b flows to {storage for ... argument}, which outlives it (address-of, slice-literal-element)
// CHECK-NOT: {{.}}
