// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Constructs gosub does not support yet are rejected with a positioned error, not a crash.
package main

// CHECK: unsupported.go:[[#@LINE+1]]:{{[0-9]+}}: generic {{.*}}not supported by gosub
func id[T any](x T) T { return x }

func main() {
	println(id(1))
}
