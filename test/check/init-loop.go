// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Package variables whose initialisers refer to each other, directly or through functions.
package main

// CHECK: init-loop.go:[[#@LINE+4]]:5: initialization loop for x
// CHECK-NEXT: init-loop.go:[[#@LINE+3]]:5: x refers to
// CHECK-NEXT: init-loop.go:[[#@LINE+4]]:6: f refers to
// CHECK-NEXT: init-loop.go:[[#@LINE+1]]:5: x
var x = f()

func f() int { return x }

// Not a loop: a depends only on 1.
var a, b = 1, c
var c = a

func main() {}
