// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Iteration order is random: over many ranges, maps of 3, 8, 100 and 5000 keys start at different
// keys.
package main

func firstKey(m map[int]int) int {
	for k := range m {
		return k
	}
	return -1
}

func main() {
	for _, n := range []int{3, 8, 100, 5000} {
		m := map[int]int{}
		for i := 0; i < n; i++ {
			m[i] = i
		}
		firsts := map[int]bool{}
		for r := 0; r < 200; r++ {
			firsts[firstKey(m)] = true
		}
		println(n, len(firsts) > 1)
	}
}

// Expected output: Go 1.19 (go run).
// CHECK: 3 true
// CHECK-NEXT: 8 true
// CHECK-NEXT: 100 true
// CHECK-NEXT: 5000 true
