// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// main and init take no arguments and return nothing; init cannot be referred to.
package main

// CHECK: main-sig.go:[[#@LINE+1]]:6: func main must have no arguments and no return values
func main(x int) {
	// CHECK: main-sig.go:[[#@LINE+1]]:2: undefined: init
	init()
}

// CHECK: main-sig.go:[[#@LINE+1]]:6: func init must have no arguments and no return values
func init() int { return 0 }
