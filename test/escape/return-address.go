// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Seed 5.1: `return &a` moves a to the heap; values returned by copy stay.
package main

// Seed 5.1: a pointer to a local returned to the caller moves the local to the heap.
func test() *int {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: a
	a := 42
	return &a
}

func bar() *int {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: t
	t := 3
	return &t
}

// A value returned by copy stays in the frame.
func stack() int {
	i := 10
	return i
}

// new(T) returned is the same as &x returned.
func newInt() *int {
	// CHECK: :[[#@LINE+1]]:12: new(int) escapes to heap
	return new(int)
}

func main() {
	x := bar()
	println(*x, *test(), stack(), *newInt())
}
