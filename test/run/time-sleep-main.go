// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// time.Sleep with only the main goroutine: the scheduler waits for the timer instead of
// reporting a deadlock; a duration <= 0 returns at once.
package main

import (
	"fmt"
	"time"
)

func main() {
	t0 := time.Now()
	time.Sleep(20 * time.Millisecond)
	d := time.Since(t0)
	fmt.Println(d >= 20*time.Millisecond, d < time.Second) // CHECK: true true
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("done") // CHECK-NEXT: done
}
