// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A call or composite literal left open at the end of a line (gc's recovery: the error names the newline).
package main

func f(a, b int) int { return a + b }

func main() {
	// CHECK: arg-list-newline.go:[[#@LINE+1]]:12: syntax error: unexpected newline in argument list; possibly missing comma or )
	_ = f(1, 2
}

func g() {
	// CHECK: arg-list-newline.go:[[#@LINE+1]]:13: syntax error: unexpected newline in composite literal; possibly missing comma or }
	_ = []int{1
}
