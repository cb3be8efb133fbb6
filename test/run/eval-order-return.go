// RUN: %gosubc build -O0 -o %t0 %s && %t0 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 | FileCheck %s
// gc's order in package variable initialisers, return lists, method calls, receives and a call inside &&.
// The expected output is gc's (Go 1.19).
package main

import "fmt"

var x = 1

func f() int { x = 2; return 0 }

func two() (int, int) { return x, f() }

var a, b = x, f()

type T struct{ v int }

func (t *T) get() int { return t.v }
func (t *T) set() int { t.v = 9; return 0 }

func main() {
	fmt.Println(a, b)
	x = 1
	fmt.Println(two())
	t := &T{1}
	fmt.Println(t.v, t.set(), t.get())
	c := make(chan int, 2)
	c <- 5
	y := 0
	u := []int{y, <-c + func() int { y = 3; return 0 }()}
	fmt.Println(u)
	ok := false
	w := []bool{ok, func() bool { ok = true; return true }() && ok}
	fmt.Println(w)
}

// CHECK: 1 0
// CHECK-NEXT: 2 0
// CHECK-NEXT: 9 0 9
// CHECK-NEXT: [3 5]
// CHECK-NEXT: [true true]
