// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Type parameters are Go 1.18 syntax that gosub rejects with a clear message.
package main

// CHECK: generics-rejected.go:[[#@LINE+1]]:7: generic functions not supported by gosub
func f[T any](x T) T { return x }

// CHECK: generics-rejected.go:[[#@LINE+1]]:7: generic types not supported by gosub
type L[T any] struct{ next *L[T] }

type A [4]int // an array type, not type parameters

func main() {}
