// RUN: %gosubc build -O0 -o %t0 %s && %t0 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 | FileCheck %s
// gc's order inside the right side of && and ||: its calls run before its plain operands are read (found by test/fuzz/difftest, seed 1898).
// The expected output is gc's (Go 1.19).
package main

import "fmt"

func main() {
	x := 1
	f := func() int { x = 10; return 5 }
	t := true
	// CHECK: ge
	if t && x < f() {
		fmt.Println("lt")
	} else {
		fmt.Println("ge")
	}
	x = 1
	b := t && x < f()
	// CHECK-NEXT: false
	fmt.Println(b)
	x = 1
	c := t || x < f()
	x = 1
	d := !t || x < f()
	// CHECK-NEXT: true false
	fmt.Println(c, d)
	x = 1
	// CHECK-NEXT: false
	fmt.Println(x < f())
}
