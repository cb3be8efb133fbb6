// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// gc 1.19 devirtualizes x.M() when x holds one concrete value: its receiver stays.
package main

type I interface{ M() int }

type T struct{ p *int }

// CHECK: :[[#@LINE+1]]:7: t does not escape
func (t T) M() int { return *t.p }

// An interface variable assigned once from a concrete value: gc 1.19 turns x.M() into a
// direct call of T.M, so nothing escapes through the interface.
func devirt() int {
	i := 0
	var x I = T{&i}
	// CHECK: :[[#@LINE+1]]:12: devirtualizing x.M to T
	return x.M()
}

// Reassigned, the call stays dynamic and the receiver's box escapes.
func dynamic(c bool) int {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: j
	j := 0
	var x I = T{&j}
	if c {
		// CHECK: :[[#@LINE+1]]:12: new(int) escapes to heap
		x = T{new(int)}
	}
	return x.M()
}

func main() {
	println(devirt(), dynamic(false))
}
