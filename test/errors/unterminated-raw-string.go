// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A raw string literal that is never closed is reported where it starts.
package main

func main() {
	// CHECK: unterminated-raw-string.go:[[#@LINE+1]]:7: string not terminated
	s := `hello
	_ = s
}
