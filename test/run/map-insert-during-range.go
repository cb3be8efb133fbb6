// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Inserting during range: every entry present at the start is produced exactly once, added ones at
// most once.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	seen := map[int]int{}
	for k := range m {
		seen[k]++
		if k < 100 {
			m[k+1000] = k // added entries may or may not be produced, but at most once
		}
	}
	orig, once := 0, true
	for k, n := range seen {
		if k < 100 {
			orig++
		}
		if n != 1 {
			once = false
		}
	}
	println(orig, once, len(m))
	// a string-keyed map
	s := map[string]bool{"x": true, "y": true}
	visits := 0
	for k := range s {
		visits++
		s[k+k] = true
		if visits > 100 {
			break
		}
	}
	println(visits >= 2, len(s) >= 4)
}

// Expected output: Go 1.19 (go run).
// CHECK: 100 true 200
// CHECK-NEXT: true true
