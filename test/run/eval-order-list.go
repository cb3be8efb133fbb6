// RUN: %gosubc build -O0 -o %t0 %s && %t0 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 | FileCheck %s
// gc's order: calls in an expression list, composite literal or := are evaluated before plain operands are read (docs/users.md).
// The expected output is gc's (Go 1.19).
package main

import "fmt"

var g = 10

func bumpg() int { g++; return g * 100 }

type P struct{ a, b int }

func main() {
	x := 1
	f := func() int { x = 2; return 0 }
	fmt.Println([]int{x, f()})

	x = 1
	a, b := x, f()
	fmt.Println(a, b)

	x = 1
	var c, d int
	c, d = f(), x
	fmt.Println(c, d)

	x = 1
	fmt.Println(x, f(), x)

	x = 1
	fmt.Println(P{x, f()}, [2]int{x, f()}, map[int]int{0: x, 1: f()})

	x = 1
	y := x + f()
	fmt.Println(y)

	fmt.Println(g, bumpg(), g)
}

// CHECK: [2 0]
// CHECK-NEXT: 2 0
// CHECK-NEXT: 0 2
// CHECK-NEXT: 2 0 2
// CHECK-NEXT: {2 0} [2 0] map[0:2 1:0]
// CHECK-NEXT: 2
// CHECK-NEXT: 11 1100 11
