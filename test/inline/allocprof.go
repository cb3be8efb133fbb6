// RUN: %gosubc build -allocprof -o %t %s && %t 2>&1 | FileCheck %s
// -allocprof names a site the inliner copied where it is written: &T{} inside newT, inlined
// into main (and escaping there, to the global), is newT's line, not the call's.
package main

type T struct{ a [4]int }

var sink *T

func newT() *T { return &T{} }

func main() {
	for i := 0; i < 3; i++ {
		sink = newT()
	}
}

// CHECK: gosub: allocation profile (heap allocation sites by bytes)
// CHECK-NEXT: bytes objects site expression reason
// CHECK-NEXT: {{^ *}}96 3 {{.*}}allocprof.go:10:25 &T{} flows to heap (spill, assign)
