// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Where gc reports boxed arguments: a variable at the call, an expression at itself.
package main

type T struct{ a, b interface{} }

var sink interface{}

// CHECK: :[[#@LINE+2]]:8: a does not escape
// CHECK: :[[#@LINE+1]]:11: b does not escape
func f(a, b interface{}) {}

// Boxing arguments for interface parameters: gc reports a plain variable at the call's `(`,
// other expressions at their own position.
func g(x, y int) interface{} {
	// CHECK: :[[#@LINE+2]]:3: x does not escape
	// CHECK: :[[#@LINE+1]]:3: y does not escape
	f(x, y)
	// CHECK: :[[#@LINE+2]]:5: x + y does not escape
	// CHECK: :[[#@LINE+1]]:10: y + x does not escape
	f(x+y, y+x)
	// CHECK: :[[#@LINE+2]]:11: x + y does not escape
	// CHECK: :[[#@LINE+1]]:16: y does not escape
	t := T{x + y, y}
	_ = t
	// CHECK: :[[#@LINE+1]]:2: x + y escapes to heap
	sink = x + y
	// CHECK: :[[#@LINE+1]]:11: x + y escapes to heap
	return x + y
}

func main() { g(1, 2) }
