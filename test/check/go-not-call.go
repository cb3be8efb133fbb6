// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
package main

func f() {}

func main() {
	// CHECK: go-not-call.go:[[#@LINE+1]]:5: expression in go must be function call
	go f
}
