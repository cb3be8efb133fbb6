// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --match-full-lines
// Goroutines blocked for good on a Mutex, a WaitGroup and a Cond: gc's deadlock report, with
// the wait reason gc 1.19 shows for each.
package main

import (
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	cond := sync.NewCond(&sync.Mutex{})
	go func() {
		cond.L.Lock()
		cond.Wait()
	}()
	runtime.Gosched()
	var wg sync.WaitGroup
	wg.Add(1)
	go wg.Wait()
	runtime.Gosched()
	mu.Lock()
}

// CHECK: fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [semacquire]:
// CHECK-NEXT: main.main()
// CHECK: goroutine {{[0-9]+}} [sync.Cond.Wait]:
// CHECK: goroutine {{[0-9]+}} [semacquire]:
// CHECK: exit status 2
