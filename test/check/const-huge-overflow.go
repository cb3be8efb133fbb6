// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Huge untyped float constants are valid until converted; println's arguments take their default type.
package main

const huge = 1e646456992

func main() {
	const ratio = huge / 3e646456000
	// CHECK: const-huge-overflow.go:[[#@LINE+1]]:18: cannot use huge (untyped float constant 1e+646456992) as float64 value in variable declaration (overflows)
	var f float64 = huge
	// CHECK: const-huge-overflow.go:[[#@LINE+1]]:14: cannot use 1e5000 (untyped float constant 1e+5000) as int value in variable declaration (truncated)
	var h int = 1e5000
	// CHECK: const-huge-overflow.go:[[#@LINE+1]]:10: cannot use ratio (untyped float constant 3.33333e+991) as float64 value in argument to println (overflows)
	println(ratio)
	// CHECK: const-huge-overflow.go:[[#@LINE+1]]:10: cannot use -huge (untyped float constant -1e+646456992) as float64 value in argument to println (overflows)
	println(-huge)
	_, _ = f, h
}
