// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// go and defer need a call, not parenthesized.
package main

func f() {}

func main() {
	// CHECK: go-defer-call.go:[[#@LINE+1]]:8: expression in defer must be function call
	defer f
	// CHECK: go-defer-call.go:[[#@LINE+1]]:5: expression in go must not be parenthesized
	go (f())
}
