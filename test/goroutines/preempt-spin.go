// RUN: %gosubc build -O2 -o %t %s && %t 2>&1 | FileCheck %s
// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// Goroutines spinning in loops without calls (a for loop, a goto loop, a range loop) cannot
// keep the others from running: a timer preempts them (runtime/rt_preempt.c). When main returns
// the program ends, whatever goroutines still run.
package main

import "runtime"

var started [3]bool

func spinFor() {
	started[0] = true
	x := 0
	for {
		x++
	}
}

func spinGoto() {
	started[1] = true
	x := 0
again:
	x++
	goto again
}

func spinRange(a []int) {
	started[2] = true
	for {
		for i := range a {
			a[i]++
		}
	}
}

func main() {
	go spinFor()
	go spinGoto()
	go spinRange(make([]int, 1000))
	runtime.Gosched()
	// CHECK: main runs again, goroutines: 4
	println("main runs again, goroutines:", runtime.NumGoroutine())
	for !started[0] || !started[1] || !started[2] {
		runtime.Gosched()
	}
	// CHECK-NEXT: every spinner ran
	println("every spinner ran")
}
