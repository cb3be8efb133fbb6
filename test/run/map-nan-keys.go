// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// NaN keys: each insertion is a new entry, never found by lookup, shown by range, not removed by
// delete, kept through growth (float64, float32, interface and struct keys).
package main

import "math"

func main() {
	nan := math.NaN()
	m := map[float64]int{}
	for i := 0; i < 5; i++ {
		m[nan] = i // each NaN insertion is a new entry
	}
	m[1.5] = 10
	v, ok := m[nan]
	println(len(m), v, ok)
	delete(m, nan) // cannot remove a NaN entry
	println(len(m))
	sum, nans := 0, 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	println(nans, sum)
	for i := 0; i < 100; i++ { // growth rehashes NaN keys: they stay
		m[float64(i)] = i
	}
	nans = 0
	for k := range m {
		if k != k {
			nans++
		}
	}
	println(len(m), nans)
	f32 := map[float32]bool{}
	f32[float32(nan)] = true
	f32[float32(nan)] = true
	println(len(f32), f32[float32(nan)])
	im := map[interface{}]int{}
	im[nan] = 1
	im[nan] = 2
	im[struct{ f float64 }{nan}] = 3
	println(len(im), im[nan])
	n := 0
	for k, v := range im { // range shows NaN keys, with the values stored with them
		_ = k
		n += v
	}
	println(n)
}

// Expected output: Go 1.19 (go run).
// CHECK: 6 0 false
// CHECK-NEXT: 6
// CHECK-NEXT: 5 20
// CHECK-NEXT: 106 5
// CHECK-NEXT: 2 false
// CHECK-NEXT: 3 0
// CHECK-NEXT: 6
