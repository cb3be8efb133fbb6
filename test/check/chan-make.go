// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// make(chan T, n): n as for a slice length (a non-negative integer), at most one size, and gc's
// limit on element sizes.
package main

func main() {
	// CHECK: chan-make.go:[[#@LINE+1]]:21: invalid argument: index -1 (constant of type int) must not be negative
	_ = make(chan int, -1)
	// CHECK: chan-make.go:[[#@LINE+1]]:21: 1.5 (untyped float constant) truncated to int
	_ = make(chan int, 1.5)
	// CHECK: chan-make.go:[[#@LINE+1]]:21: cannot convert "a" (untyped string constant) to int
	_ = make(chan int, "a")
	// CHECK: chan-make.go:[[#@LINE+1]]:6: invalid operation: make(chan int, 1, 2) expects 1 or 2 arguments; found 3
	_ = make(chan int, 1, 2)
	// CHECK: chan-make.go:[[#@LINE+1]]:21: 1 << 70 (untyped int constant 1180591620717411303424) overflows int
	_ = make(chan int, 1<<70)
	// CHECK: chan-make.go:[[#@LINE+1]]:11: channel element type too large (>64kB)
	_ = make(chan [1 << 16]byte)
	_ = make(chan [1<<16 - 1]byte, uint8(3))
}
