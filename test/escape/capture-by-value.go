// RUN: %gosubc build -m=2 -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// -m=2 tells how closures capture: by value or by reference (and why).
package main

// -m=2 also tells how each closure captures its variables: by value when never reassigned,
// never address-taken and at most 128 bytes, otherwise by reference.
func main() {
	// CHECK: :[[#@LINE+1]]:2: main capturing by value: a (addr=false assign=false width=8)
	a := 1
	// CHECK: :[[#@LINE+1]]:2: main capturing by ref: b (addr=false assign=true width=8)
	b := 2
	// CHECK: :[[#@LINE+1]]:6: main capturing by ref: big (addr=false assign=false width=256)
	var big [32]int
	// CHECK: :[[#@LINE+1]]:7: func literal does not escape
	f := func() int {
		b++
		return a + b + big[0]
	}
	println(f())
}
