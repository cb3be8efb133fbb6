// RUN: %gosubc build -o %t %s && not %t 2>&1 | FileCheck %s
// A panic in a goroutine other than main ends the program with that goroutine's header, as gc
// (which numbers goroutines its own way: the number is not checked), and exit status 2.
package main

import "runtime"

func boom(x []int, i int) {
	println("boom starts")
	_ = x[i]
}

func main() {
	go boom([]int{1, 2}, 5)
	for {
		runtime.Gosched()
	}
}

// CHECK: boom starts
// CHECK-NEXT: panic: runtime error: index out of range [5] with length 2
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [running]:
// CHECK-NEXT: main.boom(
// CHECK: created by main.main
