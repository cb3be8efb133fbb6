// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=97 %t 2>&1 | FileCheck %s --check-prefix=ENV
// runtime.Gosched lets the other goroutines run; NumGoroutine counts the live ones; GOMAXPROCS
// returns the previous setting (NumCPU at first, or $GOMAXPROCS) and ignores n < 1.
package main

import "runtime"

func main() {
	println(runtime.NumGoroutine()) // CHECK: 1
	turns := 0
	for i := 0; i < 3; i++ {
		go func() { turns++ }()
	}
	println(runtime.NumGoroutine(), turns) // CHECK-NEXT: 4 0
	runtime.Gosched()
	println(runtime.NumGoroutine(), turns) // CHECK-NEXT: 1 3

	n := runtime.NumCPU()
	println(n >= 1, runtime.GOMAXPROCS(0) == n) // CHECK-NEXT: true true
	// ENV: true false
	prev := runtime.GOMAXPROCS(7)
	println(prev == runtime.GOMAXPROCS(-1), runtime.GOMAXPROCS(0)) // CHECK-NEXT: false 7
	println(prev)                                                  // ENV: 97
}
