// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Many goroutines increment a counter under a Mutex, yielding while they hold it so that the
// others queue on the semaphore; WaitGroup.Wait returns once all are done.
package main

import (
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				mu.Lock()
				v := n
				runtime.Gosched() // the others find the mutex locked and park
				n = v + 1
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	println(n) // CHECK: 10000
	if !mu.TryLock() {
		println("still locked")
	}
	println("done") // CHECK-NEXT: done
}
