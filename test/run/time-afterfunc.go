// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// AfterFunc runs its function in a goroutine of its own when the time comes; Stop before then
// prevents it and reports whether it did; Reset sets a new time.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var order []string
	note := func(s string) func() {
		return func() {
			order = append(order, s)
			wg.Done()
		}
	}
	wg.Add(3)
	time.AfterFunc(30*time.Millisecond, note("third"))
	time.AfterFunc(10*time.Millisecond, note("first"))
	late := time.AfterFunc(time.Hour, note("second"))
	fmt.Println(late.Reset(20*time.Millisecond)) // CHECK: true
	never := time.AfterFunc(5*time.Millisecond, note("never"))
	fmt.Println(never.Stop(), never.Stop()) // CHECK-NEXT: true false
	wg.Wait()
	fmt.Println(order) // CHECK-NEXT: [first second third]
	fmt.Println(late.Stop()) // CHECK-NEXT: false

	// A timer whose function has run can be reset: it runs again.
	wg.Add(1)
	fmt.Println(late.Reset(time.Millisecond)) // CHECK-NEXT: false
	wg.Wait()
	fmt.Println(order) // CHECK-NEXT: [first second third second]

	var zero time.Timer
	defer func() { fmt.Println(recover()) }() // CHECK-NEXT: time: Stop called on uninitialized Timer
	zero.Stop()
}
