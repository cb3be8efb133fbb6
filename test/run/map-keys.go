// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Map keys needing generated equality/hashing: structs with floats (+0 == -0), interfaces and
// string arrays, NaN keys, large arrays, and composite dynamic types inside interface keys.
package main

type K struct {
	f float64
	i interface{}
	s [2]string
	b bool
}

func main() {
	m := map[K]int{}
	m[K{1.5, "x", [2]string{"a", "b"}, true}] = 1
	m[K{1.5, "x", [2]string{"a", "b"}, true}] += 1
	m[K{-0.0, 3, [2]string{}, false}] = 5
	println(m[K{0.0, 3, [2]string{}, false}], m[K{1.5, "x", [2]string{"a", "b"}, true}], len(m))
	nan := 0.0
	nan = nan / nan
	fm := map[float64]int{}
	fm[nan] = 1
	fm[nan] = 2
	println(len(fm), fm[nan])
	am := map[[20]string]int{}
	var key [20]string
	key[19] = "z"
	am[key] = 7
	var key2 [20]string
	key2[19] = "z"
	println(am[key2], key == key2)
	key2[0] = "q"
	println(am[key2], key != key2)
	im := map[interface{}]string{}
	im[K{b: true}] = "k"
	im[[2]int{1, 2}] = "arr"
	println(im[K{b: true}], im[[2]int{1, 2}], im[[2]int{2, 1}] == "")
}

// CHECK: 5 2 2
// CHECK-NEXT: 2 0
// CHECK-NEXT: 7 true
// CHECK-NEXT: 0 true
// CHECK-NEXT: k arr true
