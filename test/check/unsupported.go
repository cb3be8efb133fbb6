// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Constructs gosub does not support yet are rejected with a positioned error, not a crash.
package main

func f() {}

func main() {
	// CHECK: unsupported.go:[[#@LINE+1]]:2: go statement not supported by gosub
	go f()
}
