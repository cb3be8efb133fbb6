// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// 0x with no digits after it.
package main

func main() {
	// CHECK: bad-hex-literal.go:[[#@LINE+1]]:9: hexadecimal literal has no digits
	x := 0x
	_ = x
}
