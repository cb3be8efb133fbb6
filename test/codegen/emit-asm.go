// RUN: %gosubc build -S -O2 -o %t.s %s && FileCheck %s < %t.s
// -S writes x86-64 assembly with gc's symbol names.
package main

// main.square is local to the module (only main.main and main..init are global); the function
// value keeps its body after inlining.
// CHECK: main.square:
// CHECK: imulq
func square(x int) int { return x * x }

var squareFn = square

// CHECK: .globl main.main
// CHECK: main.main:
func main() { println(square(9), squareFn(3)) }
