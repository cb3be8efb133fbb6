// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Deleting during range: an entry deleted before it is reached is not produced; deleting
// everything, the current key included, is safe.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	seen := map[int]int{}
	for k := range m {
		seen[k]++
		delete(m, k^1) // a partner deleted before it is reached is not produced
	}
	pairs, twice := 0, 0
	for i := 0; i < 1000; i += 2 {
		if seen[i]+seen[i+1] == 1 {
			pairs++
		}
	}
	for _, n := range seen {
		if n > 1 {
			twice++
		}
	}
	println(pairs, twice, len(m))
	// deleting every key, including the current one, while ranging
	s := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9}
	n := 0
	for k := range s {
		n++
		for k2 := range s {
			delete(s, k2)
		}
		delete(s, k)
	}
	println(n, len(s))
}

// Expected output: Go 1.19 (go run).
// CHECK: 500 0 500
// CHECK-NEXT: 1 0
