// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A rune literal that meets the end of its line.
package main

func main() {
	// CHECK: unterminated-rune.go:[[#@LINE+1]]:9: newline in rune literal
	r := 'a
	_ = r
}
