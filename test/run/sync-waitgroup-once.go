// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// WaitGroup.Wait blocks several waiters until every worker is done; Once runs its function
// once however many goroutines call Do, and the others wait until it has returned.
package main

import (
	"runtime"
	"sync"
)

func main() {
	var wg, waiters sync.WaitGroup
	done := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < i; j++ {
				runtime.Gosched()
			}
			done++
		}(i)
	}
	for i := 0; i < 3; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			wg.Wait()
			println("waiter sees", done) // CHECK-COUNT-3: waiter sees 20
		}()
	}
	waiters.Wait()

	var once sync.Once
	calls, after := 0, 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				runtime.Gosched() // the others block in Do meanwhile
				calls++
			})
			if calls == 1 {
				after++
			}
		}()
	}
	wg.Wait()
	println("calls", calls, "saw it done", after) // CHECK: calls 1 saw it done 10
}
