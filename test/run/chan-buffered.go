// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// A buffered channel is a FIFO queue: sends do not block until it is full, len and cap say how
// full it is, and a sender blocked on a full buffer gets its value in after the ones queued
// before it.
package main

func main() {
	c := make(chan string, 3)
	println(len(c), cap(c)) // CHECK: 0 3
	c <- "a"
	c <- "b"
	println(len(c), cap(c)) // CHECK-NEXT: 2 3
	println(<-c)            // CHECK-NEXT: a
	c <- "c"
	c <- "d"
	println(len(c)) // CHECK-NEXT: 3
	done := make(chan bool)
	go func() {
		c <- "e" // blocks: the buffer is full
		c <- "f"
		done <- true
	}()
	for i := 0; i < 5; i++ {
		print(<-c, " ")
	}
	println() // CHECK-NEXT: b c d e f
	<-done
	println(len(c)) // CHECK-NEXT: 0

	// Senders blocked on a full channel all get their values in, after the queued one.
	q := make(chan int, 1)
	q <- -1
	for i := 0; i < 4; i++ {
		go func(i int) { q <- 1 << i }(i)
	}
	first, bits := <-q, 0
	for i := 0; i < 4; i++ {
		bits |= <-q
	}
	println(first, bits) // CHECK-NEXT: -1 15

	var nilc chan int
	println(len(nilc), cap(nilc)) // CHECK-NEXT: 0 0
}
