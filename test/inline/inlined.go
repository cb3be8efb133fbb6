// RUN: %gosubc build -m -O0 -o %t %s 2>&1 | FileCheck %s --match-full-lines --implicit-check-not=inline --implicit-check-not=escape
// RUN: %gosubc build -m -l -O0 -o %t %s 2>&1 | FileCheck %s --check-prefix=NOINL --implicit-check-not=inline
// A small function is inlined into its caller before escape analysis, so that what it returns
// no longer outlives anything (gc 1.19's `go build -gcflags=-m` prints exactly these lines);
// with -l (gc's -l), nothing is inlined and &T{} escapes once more.
package main

type T struct{ a, b int }

// CHECK: {{.*}}inlined.go:[[#@LINE+1]]:6: can inline newT
func newT() *T { return &T{} }

var sink int

// CHECK-NEXT: {{.*}}inlined.go:[[#@LINE+1]]:6: can inline main
func main() {
	for i := 0; i < 10; i++ {
		// CHECK-NEXT: {{.*}}inlined.go:[[#@LINE+1]]:12: inlining call to newT
		t := newT()
		sink += t.a
	}
}

// CHECK-NEXT: {{.*}}inlined.go:11:25: &T{} escapes to heap
// CHECK-NEXT: {{.*}}inlined.go:19:12: &T{} does not escape
// NOINL: {{.*}}inlined.go:11:25: &T{} escapes to heap
