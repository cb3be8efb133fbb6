// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Type parameters (Go 1.18 generics) are rejected with a clear message, not a syntax error.
package main

// CHECK: generic-func.go:[[#@LINE+1]]:{{[0-9]+}}: {{.*}}not supported by gosub
func id[T any](x T) T { return x }

func main() {
	println(id(1))
}
