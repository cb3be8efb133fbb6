// RUN: %gosubc build -O0 -o %t0 %s && not %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && not %t2 2>&1 | FileCheck %s
// A panic inside a function inlined at Go level: the traceback still shows its frame as gc's
// does, `main.at(...)` at the line of the failing index, then main at the call (the copied
// body's DWARF locations are inlined at the call, codegen/cg_debug.c).
package main

func at(xs []int, i int) int {
	return xs[i]
}

func main() {
	xs := []int{1, 2, 3}
	println(at(xs, 5))
}

// CHECK: panic: runtime error: index out of range [5] with length 3
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NEXT: main.at(...)
// CHECK-NEXT: {{^	/.*}}traceback.go:9
// CHECK-NEXT: main.main()
// CHECK-NEXT: {{^	/.*}}traceback.go:14 +0x{{[0-9a-f]+}}
