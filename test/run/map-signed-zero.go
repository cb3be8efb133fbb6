// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// +0 and -0 are one key (float, complex, struct and interface keys); assigning with -0 stores -0 as
// the key, as gc does.
package main

import "math"

type pt struct{ x, y float64 }

func main() {
	negz := math.Copysign(0, -1)
	m := map[float64]string{}
	m[0] = "plus"
	m[negz] = "minus" // the same key as +0: replaces the value
	println(len(m), m[0], m[negz])
	for k, v := range m {
		println(math.Signbit(k), v) // the key stored first is kept
	}
	delete(m, negz)
	println(len(m))
	f32 := map[float32]int{float32(negz): 1}
	f32[0]++
	println(len(f32), f32[0])
	c := map[complex128]int{complex(0, negz): 1}
	c[0] += 5
	println(len(c), c[complex(negz, 0)])
	s := map[pt]int{{0, negz}: 1}
	s[pt{negz, 0}] += 2
	println(len(s), s[pt{}])
	i := map[interface{}]int{negz: 1}
	i[0.0] += 3
	println(len(i), i[negz])
}

// Expected output: Go 1.19 (go run).
// CHECK: 1 minus minus
// CHECK-NEXT: true minus
// CHECK-NEXT: 0
// CHECK-NEXT: 1 2
// CHECK-NEXT: 1 6
// CHECK-NEXT: 1 3
// CHECK-NEXT: 1 4
