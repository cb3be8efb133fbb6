// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// A top-level defer stays in the frame; a defer inside a loop goes to the heap.
package main

// CHECK: :[[#@LINE+1]]:10: p does not escape
func use(p *int) {}

// A top-level defer keeps its closure in the frame; a defer in a loop puts it on the heap.
func deferTop() {
	x := 1
	// CHECK: :[[#@LINE+1]]:8: func literal does not escape
	defer func() {
		println(x)
	}()
	defer use(&x)
}

func deferLoop() {
	for i := 0; i < 2; i++ {
		// CHECK: :[[#@LINE+1]]:3: moved to heap: y
		y := i
		defer use(&y)
	}
}

func main() {
	deferTop()
	deferLoop()
}
