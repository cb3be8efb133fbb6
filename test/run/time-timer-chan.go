// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// The timers that send on a channel: NewTimer, After, Timer.Stop and Reset, NewTicker, Tick,
// Ticker.Stop and Reset; a select with a timeout.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	fired := <-t.C
	fmt.Println(fired.Sub(start) >= 20*time.Millisecond, t.Stop()) // CHECK: true false

	t.Reset(10 * time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired") // CHECK-NEXT: reset timer fired

	stopped := time.NewTimer(time.Hour)
	fmt.Println(stopped.Stop(), stopped.Reset(5*time.Millisecond)) // CHECK-NEXT: true false
	<-stopped.C

	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout") // CHECK-NEXT: timeout
	case <-make(chan int):
	}

	tk := time.NewTicker(5 * time.Millisecond)
	prev := time.Now()
	ok := true
	for i := 0; i < 5; i++ {
		now := <-tk.C
		ok = ok && !now.Before(prev)
		prev = now
	}
	tk.Stop()
	fmt.Println("5 ticks in order:", ok) // CHECK-NEXT: 5 ticks in order: true
	select {
	case <-tk.C: // at most one tick can be buffered from before Stop
	default:
	}
	select {
	case <-tk.C:
		fmt.Println("tick after Stop")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no tick after Stop") // CHECK-NEXT: no tick after Stop
	}
	tk.Reset(time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("reset ticker ticked") // CHECK-NEXT: reset ticker ticked

	n := 0
	for range time.Tick(2 * time.Millisecond) {
		if n++; n == 3 {
			break
		}
	}
	fmt.Println("Tick", n, time.Since(start) > 40*time.Millisecond) // CHECK-NEXT: Tick 3 true
}
