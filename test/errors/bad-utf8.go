// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Bytes that are not UTF-8, in a string and in the code.
package main

func main() {
	// CHECK: bad-utf8.go:[[#@LINE+1]]:8: invalid UTF-8 encoding
	x := "ÿ"
	// CHECK: bad-utf8.go:[[#@LINE+1]]:8: invalid UTF-8 encoding
	_ = x þ
}
