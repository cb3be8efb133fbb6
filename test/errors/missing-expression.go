// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A binary operator with no right operand (the next line's = is unexpected).
package main

func main() {
	x := 1 +
	// CHECK: missing-expression.go:[[#@LINE+1]]:4: syntax error: unexpected = at end of statement
	_ = x
}
