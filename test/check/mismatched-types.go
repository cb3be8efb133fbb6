// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Binary operators need identical operand types; an untyped constant of another kind does not mix.
package main

func main() {
	x, s := 1, "a"
	// CHECK: mismatched-types.go:[[#@LINE+1]]:6: invalid operation: x + s (mismatched types int and string)
	_ = x + s
	// CHECK: mismatched-types.go:[[#@LINE+1]]:6: invalid operation: x + "b" (mismatched types int and untyped string)
	_ = x + "b"
	var b bool
	// CHECK: mismatched-types.go:[[#@LINE+1]]:11: invalid operation: x == b (mismatched types int and bool)
	_ = x == b
	// CHECK: mismatched-types.go:[[#@LINE+1]]:6: invalid operation: operator - not defined on s (variable of type string)
	_ = s - s
}
