// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A generic type cannot be an alias (types2 reports it at the name).
package main

// CHECK: generic-alias.go:[[#@LINE+1]]:6: generic type cannot be alias
type A[P any] = []P

func main() {}
