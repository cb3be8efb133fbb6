// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Cond.Broadcast wakes every waiter; Cond.Signal wakes one at a time, the longest waiting first.
package main

import (
	"runtime"
	"sync"
)

var (
	mu      sync.Mutex
	cond    = sync.NewCond(&mu)
	waiting int
)

// waitFor yields until n goroutines wait on cond.
func waitFor(n int) {
	for {
		mu.Lock()
		w := waiting
		mu.Unlock()
		if w == n {
			return
		}
		runtime.Gosched()
	}
}

func main() {
	var wg sync.WaitGroup
	ready, woken := false, 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !ready {
				cond.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	waitFor(10)
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	println("broadcast woke", woken) // CHECK: broadcast woke 10

	waiting = 0
	var order []int
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Wait()
			order = append(order, i)
			mu.Unlock()
		}(i)
		waitFor(i + 1)
	}
	for i := 0; i < 4; i++ {
		mu.Lock()
		cond.Signal()
		mu.Unlock()
		for len(order) == i {
			runtime.Gosched()
		}
		println("signal", i, "woke", order[i])
	}
	// CHECK-NEXT: signal 0 woke 0
	// CHECK-NEXT: signal 1 woke 1
	// CHECK-NEXT: signal 2 woke 2
	// CHECK-NEXT: signal 3 woke 3
	wg.Wait()
}
