// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A string literal that meets the end of its line.
package main

func main() {
	// CHECK: unterminated-string.go:[[#@LINE+1]]:13: newline in string
	s := "hello
	_ = s
}
