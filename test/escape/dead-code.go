// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Dead branches (if false, code after if true { return }) are not analysed, as gc.
package main

var gxx *int

// gc removes `if false { ... }` before escape analysis: x does not escape there, y does.
// CHECK: :[[#@LINE+1]]:20: moved to heap: y
func deadBranch(x, y int) {
	if false {
		gxx = &x
	}
	gxx = &y
}

// After `if true { return }` the rest of the block is dead too.
func deadTail(z int) {
	if true {
		return
	}
	gxx = &z
}

// A type switch's per-clause variable is reported at its `case`.
// CHECK: :[[#@LINE+1]]:16: v does not escape
func clauseVar(v interface{}) *int {
	switch x := v.(type) {
	// CHECK: :[[#@LINE+1]]:10: moved to heap: x
	case int:
		return &x
	}
	return nil
}

func main() {
	deadBranch(1, 2)
	deadTail(3)
	// CHECK: :[[#@LINE+1]]:20: 4 does not escape
	println(clauseVar(4) != nil)
}
