// RUN: %gosubc build -O2 -o %t %s && %t 2>&1 | FileCheck %s
// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// Goroutines spinning in loops without calls (a for loop, a goto loop, a range loop) cannot
// keep main from running: the preemption timer makes them yield. When main returns the program
// ends, whatever goroutines still run.
package main

import "runtime"

var stop bool
var counts [3]int

func spinFor() {
	for !stop {
		counts[0]++
	}
}

func spinGoto() {
again:
	counts[1]++
	if !stop {
		goto again
	}
}

func spinRange() {
	var a [1000]int
	for !stop {
		for i := range a {
			a[i]++
		}
		counts[2]++
	}
}

func main() {
	go spinFor()
	go spinGoto()
	go spinRange()
	runtime.Gosched()
	// CHECK: main runs again, goroutines: 4
	println("main runs again, goroutines:", runtime.NumGoroutine())
	for counts[0] == 0 || counts[1] == 0 || counts[2] == 0 {
		runtime.Gosched()
	}
	// CHECK-NEXT: every spinner ran
	println("every spinner ran")
}
