// RUN: %gosubc build -m -l -O0 -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Each instance is analysed with its concrete types: Store[*int] leaks its pointer parameter
// (so n moves to the heap) while Store[int] boxes its value; AddAll[*Counter] calls
// (*Counter).Add directly, so c stays on the stack (gc 1.19 calls it through a dictionary and
// moves c to the heap). A position is noted once, by one instance (docs/escape.md).
package main

var sink any

type Adder interface{ Add(int) }

type Counter struct{ n int }

// CHECK: :[[#@LINE+1]]:7: c does not escape
func (c *Counter) Add(k int) { c.n += k }

// CHECK: :[[#@LINE+2]]:22: a does not escape
// CHECK: :[[#@LINE+1]]:27: ks does not escape
func AddAll[T Adder](a T, ks []int) {
	for _, k := range ks {
		a.Add(k)
	}
}

// CHECK: :[[#@LINE+1]]:19: leaking param: x
func Store[T any](x T) {
	// CHECK: :[[#@LINE+1]]:2: x escapes to heap
	sink = x
}

func main() {
	var c Counter
	// CHECK: :[[#@LINE+1]]:18: []int{...} does not escape
	AddAll(&c, []int{1, 2})
	// CHECK: :[[#@LINE+1]]:2: moved to heap: n
	n := 1
	Store(&n)
	Store(3)
	println(c.n)
}
