// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Seed 5.4: a returned closure moves its captured variable; one called in place does not.
package main

// Seed 5.4: a closure returned from its function keeps its captured variable alive, so the
// variable (captured by reference: it is reassigned) moves to the heap.
func Increase() func() int {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: n
	n := 0
	// CHECK: :[[#@LINE+1]]:9: func literal escapes to heap
	return func() int {
		n++
		return n
	}
}

// A closure called where it is written does not escape, nor does what it captures.
func inPlace() int {
	m := 0
	// CHECK: :[[#@LINE+1]]:2: func literal does not escape
	func() {
		m++
	}()
	return m
}

// A closure stored in a local variable and called stays too.
func local() int {
	k := 1
	// CHECK: :[[#@LINE+1]]:7: func literal does not escape
	f := func() int { return k * 2 }
	return f()
}

func main() {
	in := Increase()
	println(in(), in(), inPlace(), local())
}
