// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Composite literals: known fields, the right number of values, in-bounds indices, keys for maps.
package main

type T struct{ a, b int }

func main() {
	// CHECK: composite.go:[[#@LINE+1]]:14: unknown field 'z' in struct literal of type T
	_ = T{a: 1, z: 2}
	// CHECK: composite.go:[[#@LINE+1]]:9: too few values in T{…}
	_ = T{1}
	// CHECK: composite.go:[[#@LINE+1]]:14: too many values in T{…}
	_ = T{1, 2, 3}
	// CHECK: composite.go:[[#@LINE+1]]:19: index 2 is out of bounds (>= 2)
	_ = [2]int{1, 2, 3}
	// CHECK: composite.go:[[#@LINE+1]]:21: missing key in map literal
	_ = map[string]int{1}
	// CHECK: composite.go:[[#@LINE+1]]:29: duplicate key "a" in map literal
	_ = map[string]int{"a": 1, "a": 2}
	// CHECK: composite.go:[[#@LINE+1]]:15: cannot use "x" (untyped string constant) as int value in array or slice literal
	_ = []int{1, "x"}
	_ = [...]T{{1, 2}, {a: 3}}
	_ = []*T{{1, 2}}
}
