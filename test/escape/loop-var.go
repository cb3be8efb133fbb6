// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// A pointer to a loop variable stored outside the loop moves it; range vars are shared.
package main

// A pointer to a variable declared inside a loop, stored in a variable declared outside it,
// would see the variable die at the end of each iteration: it moves to the heap.
func outside() int {
	var p *int
	for i := 0; i < 3; i++ {
		// CHECK: :[[#@LINE+1]]:3: moved to heap: v
		v := i
		p = &v
	}
	return *p
}

// Kept inside the iteration, it stays.
func inside() int {
	sum := 0
	for i := 0; i < 3; i++ {
		v := i
		q := &v
		sum += *q
	}
	return sum
}

// A range variable is declared once for the whole loop (Go 1.19): storing its address in an
// outer variable does not move it.
// CHECK: :[[#@LINE+1]]:15: xs does not escape
func rangeVar(xs []int) int {
	var p *int
	for _, v := range xs {
		p = &v
	}
	return *p
}

func main() {
	// CHECK: :[[#@LINE+1]]:45: []int{...} does not escape
	println(outside(), inside(), rangeVar([]int{1, 2}))
}
