// RUN: %gosubc build -emit-llvm -O0 -o %t.ll %s && FileCheck %s < %t.ll
// RUN: %gosubc build -O2 -o %t %s && %t 2>&1 | FileCheck %s --check-prefix=OUT
// Big arguments of a call are copied into the caller's frame as each is evaluated, memory to
// memory, even when later arguments are calls: never loaded as one LLVM value (Go's
// fixedbugs/issue20780b.go, five 16 MB arrays, took over 6 GB to compile).
package main

const N = 1 << 17 // 1 MB

type Big = [N]int

var x1 Big

//go:noinline
func f(k int) (x Big) {
	for i := range x {
		x[i] = k*N + i
	}
	return
}

//go:noinline
func h(a, b, c Big) int { return a[5] + b[0]*1000 + c[N-1] }

// CHECK-LABEL: define {{.*}} @main.main(
// CHECK-NOT: load [131072 x i64]
// CHECK-LABEL: }
func main() {
	x1[0] = 7
	println(h(f(1), x1, f(2))) // OUT: 531292
}
