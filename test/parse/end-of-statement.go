// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Two expressions in a row: "unexpected X at end of statement", naming names and literals as gc 1.19 does.
package main

func main() {
	// CHECK: end-of-statement.go:[[#@LINE+1]]:9: syntax error: unexpected y at end of statement
	x := 1 y
	// CHECK: end-of-statement.go:[[#@LINE+1]]:12: syntax error: unexpected literal 6 at end of statement
	var z = 5 6
	// CHECK: end-of-statement.go:[[#@LINE+1]]:8: syntax error: unexpected literal "s" at end of statement
	_ = x "s"
	_ = z
}
