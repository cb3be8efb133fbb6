// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A short variable declaration at package level.
package main

// CHECK: non-decl-top-level.go:[[#@LINE+1]]:1: syntax error: non-declaration statement outside function body
x := 1

func main() {
}
