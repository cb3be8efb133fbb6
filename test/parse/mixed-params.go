// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A parameter list must name all its parameters or none.
package main

// CHECK: mixed-params.go:[[#@LINE+1]]:15: syntax error: mixed named and unnamed parameters
func f(a int, string) {}

func main() {}
