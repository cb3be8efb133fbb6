// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A digit too large for the literal's base is reported at the digit.
package main

func main() {
	// CHECK: number-digit.go:[[#@LINE+1]]:9: invalid digit '8' in octal literal
	_ = 0128
	// CHECK: number-digit.go:[[#@LINE+1]]:10: invalid digit '2' in binary literal
	_ = 0b102
	// CHECK: number-digit.go:[[#@LINE+1]]:11: invalid digit '9' in octal literal
	_ = 0o1239
}
