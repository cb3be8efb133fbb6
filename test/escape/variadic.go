// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// The implicit slice of a variadic call: "... argument does not escape" / escapes.
package main

var sink []*int

// CHECK: :[[#@LINE+1]]:10: xs does not escape
func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// CHECK: :[[#@LINE+1]]:11: leaking param: ps
func keep(ps ...*int) { sink = ps }

// The implicit slice of a variadic call is an allocation of its own ("... argument").
func main() {
	// CHECK: :[[#@LINE+1]]:13: ... argument does not escape
	println(sum(1, 2, 3))
	// CHECK: :[[#@LINE+1]]:2: moved to heap: a
	a := 1
	// CHECK: :[[#@LINE+1]]:6: ... argument escapes to heap
	keep(&a)
}
