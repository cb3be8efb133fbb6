// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// runtime.Goexit runs the goroutine's deferred calls, innermost frame first, where recover
// returns nil; a panic raised and recovered during Goexit does not stop it.
package main

import (
	"runtime"
	"sync"
)

var wg sync.WaitGroup

func inner() {
	defer println("inner deferred")
	runtime.Goexit()
	println("not reached")
}

func worker() {
	defer wg.Done()
	defer func() { println("recover during Goexit:", recover()) }()
	inner()
	println("not reached either")
}

func panicky() {
	defer wg.Done()
	defer println("outer deferred")
	defer func() { println("recovered", recover().(string)) }()
	defer panic("in a deferred call")
	runtime.Goexit()
}

func main() {
	wg.Add(1)
	go worker()
	wg.Wait()
	// CHECK: inner deferred
	// CHECK-NEXT: recover during Goexit: (0x0,0x0)
	wg.Add(1)
	go panicky()
	wg.Wait()
	// CHECK-NEXT: recovered in a deferred call
	// CHECK-NEXT: outer deferred
	println("goroutines:", runtime.NumGoroutine()) // CHECK-NEXT: goroutines: 1
}
