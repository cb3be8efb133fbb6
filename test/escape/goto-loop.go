// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// A label targeted by a later goto is a loop for the loop-depth rule.
package main

var p *int

// A label that a later goto jumps back to makes a loop: a variable declared after it whose
// address is stored in an outer variable moves to the heap.
func backward() {
	n := 0
loop:
	// CHECK: :[[#@LINE+1]]:2: moved to heap: x
	x := n
	p = &x
	n++
	if n < 3 {
		goto loop
	}
}

func main() {
	backward()
	println(*p)
}
