// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// append stores pointers in the heap; appending values to a local slice does not.
package main

var sink []*int

// append of a pointer stores it in the (possibly new) backing array: the pointee escapes.
func appendPointer() {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: x
	x := 1
	// CHECK: :[[#@LINE+1]]:11: make([]*int, 0, 4) escapes to heap
	s := make([]*int, 0, 4)
	s = append(s, &x)
	sink = s
}

// Appending values to a local slice: the literal's backing array stays local.
func appendValues() int {
	// CHECK: :[[#@LINE+1]]:12: []int{...} does not escape
	s := []int{1, 2}
	s = append(s, 3, 4)
	return len(s)
}

func main() {
	appendPointer()
	println(appendValues())
}
