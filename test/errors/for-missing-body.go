// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A for clause with no body.
package main

func main() {
	// CHECK: for-missing-body.go:[[#@LINE+1]]:25: syntax error: unexpected newline, expecting { after for clause
	for i := 0; i < 10; i++
}
