// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// te := testEscape; te(&j) is resolved statically (j stays); unknown func values leak.
package main

func test(i int)        {}
// CHECK: :[[#@LINE+1]]:17: i does not escape
func testEscape(i *int) {}

// A local variable holding a function, never reassigned, is resolved to that function
// (gc 1.19's static value): te(&j) is a direct call and j stays.
func direct() {
	i, j, m, n := 0, 0, 0, 0
	t, te := test, testEscape
	test(m)
	testEscape(&n)
	t(i)
	te(&j)
}

// A function value received as a parameter is unknown: its arguments go to the heap.
// CHECK: :[[#@LINE+1]]:15: f does not escape
func indirect(f func(*int)) {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: k
	k := 0
	f(&k)
}

// Reassigned, the variable is no longer resolved statically.
func reassigned(c bool) {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: q
	q := 0
	f := testEscape
	if c {
		// CHECK: :[[#@LINE+2]]:7: func literal does not escape
		// CHECK: :[[#@LINE+1]]:12: p does not escape
		f = func(p *int) {}
	}
	f(&q)
}

func main() {
	direct()
	indirect(testEscape)
	reassigned(true)
}
