// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A go statement's operand must be a call whose results may be discarded (gc's messages).
package main

func f() int { return 1 }

func main() {
	s := []int{1}
	// CHECK: go-statement.go:[[#@LINE+1]]:5: go requires function call, not conversion int(1) (constant 1 of type int)
	go int(1)
	// CHECK: go-statement.go:[[#@LINE+1]]:5: go discards result of len(s) (value of type int)
	go len(s)
	go f()
}
