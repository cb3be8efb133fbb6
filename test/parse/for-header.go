// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Declarations that a for header does not allow.
package main

func a() {
	// CHECK: for-header.go:[[#@LINE+1]]:10: syntax error: var declaration not allowed in for initializer
	for var i = 0; i < 3; i++ {
	}
}

func b() {
	// CHECK: for-header.go:[[#@LINE+1]]:23: syntax error: cannot declare in post statement of for loop
	for i := 0; i < 3; j := 1 {
		_ = i
	}
}
