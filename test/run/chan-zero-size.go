// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Channels of zero-size elements (chan struct{}, chan [0]int) signal without data, buffered or
// not, through send, receive, select and range.
package main

type empty struct{}

func main() {
	done := make(chan struct{})
	go func() {
		println("worker") // CHECK: worker
		done <- struct{}{}
	}()
	<-done
	println("joined") // CHECK-NEXT: joined

	sem := make(chan empty, 3)
	for i := 0; i < 3; i++ {
		sem <- empty{}
	}
	println(len(sem), cap(sem)) // CHECK-NEXT: 3 3
	select {
	case sem <- empty{}:
		println("room")
	default:
		println("full") // CHECK-NEXT: full
	}
	close(sem)
	n := 0
	for range sem {
		n++
	}
	println(n) // CHECK-NEXT: 3

	z := make(chan [0]int, 1)
	z <- [0]int{}
	v, ok := <-z
	println(len(v), ok) // CHECK-NEXT: 0 true
}
