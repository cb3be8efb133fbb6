// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Reading m[k][i] or m[k].f reads the value (or a zero value) without inserting k, and works on a
// nil map.
package main

type pair struct{ a, b int }

func main() {
	var mf map[float64][2]int
	println(mf[1.5][1])
	m := map[int][3]int{1: {4, 5, 6}}
	println(m[1][2], m[2][0], len(m))
	ps := map[string]pair{"x": {1, 2}}
	println(ps["x"].b, ps["y"].a, len(ps))
}

// Expected output: Go 1.19 (go run).
// CHECK: 0
// CHECK-NEXT: 6 0 1
// CHECK-NEXT: 2 0 1
