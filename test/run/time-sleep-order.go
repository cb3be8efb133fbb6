// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Goroutines sleeping for different durations wake in the order of their deadlines, and the
// whole takes as long as the longest sleep; Since and Until measure with the monotonic clock.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	var order []int
	for _, ms := range []int{40, 10, 30, 1, 20} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			order = append(order, ms)
		}(ms)
	}
	wg.Wait()
	took := time.Since(start)
	fmt.Println(order) // CHECK: [1 10 20 30 40]
	fmt.Println(took >= 40*time.Millisecond, took < 2*time.Second) // CHECK-NEXT: true true

	deadline := time.Now().Add(15 * time.Millisecond)
	time.Sleep(time.Until(deadline))
	fmt.Println(!time.Now().Before(deadline)) // CHECK-NEXT: true
}
