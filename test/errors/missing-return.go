// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A function with a result that can end without a return.
package main

func f() int {
// CHECK: missing-return.go:[[#@LINE+1]]:1: missing return
}

func main() {
	f()
}
