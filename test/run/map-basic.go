// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Maps: make, literals, struct/float/interface keys, comma-ok, delete, nil maps, range, op-assign.
package main

type key struct {
	a string
	b int
}

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["one"] += 10
	println(len(m), m["one"], m["two"], m["three"])
	v, ok := m["two"]
	println(v, ok)
	v, ok = m["zzz"]
	println(v, ok)
	delete(m, "two")
	_, ok = m["two"]
	println(len(m), ok)
	var nm map[string]int
	println(nm == nil, len(nm), nm["x"])
	sk := map[key]string{{"a", 1}: "first", {"b", 2}: "second"}
	println(sk[key{"a", 1}], sk[key{"b", 2}], len(sk[key{"a", 2}]))
	total := 0
	keys := 0
	for k, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		total += v
		keys += k
	}
	println(total, keys)
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	println(counts['l'], counts['h'], counts['z'])
	var fm = map[float64]bool{0.5: true}
	println(fm[0.5], fm[1.5])
	im := map[interface{}]int{1: 1, "a": 2}
	println(im[1], im["a"], im[2])
}

// CHECK: 2 11 2 0
// CHECK-NEXT: 2 true
// CHECK-NEXT: 0 false
// CHECK-NEXT: 1 false
// CHECK-NEXT: true 0 0
// CHECK-NEXT: first second 0
// CHECK-NEXT: 60 6
// CHECK-NEXT: 2 1 0
// CHECK-NEXT: true false
// CHECK-NEXT: 1 2 0
