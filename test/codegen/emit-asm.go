// RUN: %gosubc build -S -O2 -o %t.s %s && FileCheck %s < %t.s
// -S writes x86-64 assembly with gc's symbol names.
package main

// CHECK: .globl main.square
// CHECK: main.square:
// CHECK: imulq
func square(x int) int { return x * x }

// CHECK: main.main:
func main() { println(square(9)) }
