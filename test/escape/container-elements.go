// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Pointers stored in []*T and map[K]*T elements escape; copies in []int do not.
package main

// Seed 5.3 and the "Data.Field = Value" rule: a pointer stored in a slice of pointers or in a
// map escapes, while a []int holding a copy does not. (Channels: not supported by gosub yet.)
func sliceOfPointers() int {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: a
	a := 1
	// CHECK: :[[#@LINE+1]]:13: []*int{...} does not escape
	s := []*int{nil}
	s[0] = &a
	return *s[0]
}

func mapOfPointers() int {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: b
	b := 2
	// CHECK: :[[#@LINE+1]]:22: map[string]*int{} does not escape
	m := map[string]*int{}
	m["b"] = &b
	return *m["b"]
}

func sliceOfValues() int {
	c := 3
	// CHECK: :[[#@LINE+1]]:12: []int{...} does not escape
	s := []int{c}
	return s[0]
}

func mapLiteral() int {
	d := 4
	// CHECK: :[[#@LINE+1]]:18: map[int]int{...} does not escape
	m := map[int]int{d: 1}
	return m[d]
}

func main() {
	println(sliceOfPointers(), mapOfPointers(), sliceOfValues(), mapLiteral())
}
