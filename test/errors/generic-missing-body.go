// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A generic function or a method of a generic type declared without a body: gc's messages
// (gosub places the method's at its name, as for any method). gosubc crashed on both (found by
// libFuzzer in Go's typeparam/tparam1.go, cut short).
package main

type S[T any] struct{}

// CHECK: generic-missing-body.go:[[#@LINE+1]]:13: missing function body
func (S[T]) m()

// CHECK: generic-missing-body.go:[[#@LINE+1]]:6: parameterized function is missing function body
func g[T any](x T)

func main() {}
