// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Growth while iterating: after the table doubles many times, the original entries are each
// produced once, deleted ones not at all, updated ones with their new value.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 64; i++ {
		m[i] = i
	}
	seen := map[int]int{}
	first := true
	bad, kept := 0, 32
	for k, v := range m {
		seen[k]++
		if first {
			first = false
			if k%2 == 0 {
				kept = 33 // the current key is not deleted
			}
			for j := 1000; j < 20000; j++ { // the table doubles many times
				m[j] = j
			}
			for j := 0; j < 64; j++ {
				if j%2 == 0 && j != k {
					delete(m, j) // deleted after growth: not produced later
				} else {
					m[j] = -j // updated: the current value is produced
				}
			}
			continue
		}
		if k < 64 && (k%2 == 0 || v != -k) {
			bad++
		}
	}
	orig := 0
	for k, n := range seen {
		if k < 64 {
			orig++
		}
		if n != 1 {
			bad++
		}
	}
	println(orig == kept, bad, len(m)-kept)
	// growth of a string-keyed map while ranging, deleting the visited keys
	s := map[string]int{}
	for i := 0; i < 10; i++ {
		s[string(rune('a'+i))] = i
	}
	n := 0
	for k := range s {
		n++
		delete(s, k)
		for j := 0; j < 50; j++ {
			s[k+string(rune('A'+j))] = j
		}
		if n > 10000 {
			break
		}
	}
	println(n >= 10, n <= 10000)
}

// Expected output: Go 1.19 (go run).
// CHECK: true 0 19000
// CHECK-NEXT: true true
