// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A leading 0 makes an octal literal, where 8 is no digit.
package main

func main() {
	// CHECK: bad-octal-literal.go:[[#@LINE+1]]:8: invalid digit '8' in octal literal
	x := 089
	_ = x
}
