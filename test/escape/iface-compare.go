// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Comparisons with an interface do not box their operand (no site), as gc 1.19.
package main

// Comparing a value with an interface does not box it: no allocation site.
// CHECK: :[[#@LINE+1]]:8: i does not escape
func f(i interface{}, x int) bool {
	switch i {
	case 1, x:
		return true
	}
	return i == 3 || i == x
}

// A map with interface keys boxes its keys when storing.
// CHECK: :[[#@LINE+1]]:8: m does not escape
func g(m map[interface{}]int, x int) int {
	// CHECK: :[[#@LINE+1]]:4: x escapes to heap
	m[x] = 1
	// CHECK: :[[#@LINE+1]]:11: x does not escape
	return m[x]
}

// CHECK: :[[#@LINE+2]]:25: 1 does not escape
// CHECK: :[[#@LINE+1]]:53: map[interface {}]int{} does not escape
func main() { println(f(1, 2), g(map[interface{}]int{}, 1)) }
