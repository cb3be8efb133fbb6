// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Typed constants stay representable in their type; conversions of constants are checked too.
package main

const c int8 = 100

func main() {
	// CHECK: const-overflow.go:[[#@LINE+1]]:11: cannot convert 300 (untyped int constant) to type int8
	_ = int8(300)
	// CHECK: const-overflow.go:[[#@LINE+1]]:6: c * 2 (constant 200 of type int8) overflows int8
	_ = c * 2
	// CHECK: const-overflow.go:[[#@LINE+1]]:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
	var u uint = -1
	println(u)
}
