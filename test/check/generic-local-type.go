// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// gc 1.19 rejects type declarations inside generic functions (and their literals).
package main

func F[T any](x T) T {
	// CHECK: generic-local-type.go:[[#@LINE+1]]:2: type declarations inside generic functions are not currently supported
	type pair struct{ a, b T }
	p := pair{x, x}
	return p.a
}

func main() { println(F(1)) }
