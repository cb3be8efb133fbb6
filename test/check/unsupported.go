// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Constructs gosub does not support yet are rejected with a positioned error, not a crash.
package main

import "strings"

func f() {}

func main() {
	// CHECK: unsupported.go:[[#@LINE+1]]:2: go statement not supported by gosub
	go f()
	// CHECK: unsupported.go:[[#@LINE+1]]:10: strings.ToUpper not supported by gosub (package strings)
	strings.ToUpper("hi")
}
