// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// An unbuffered channel hands each value from sender to receiver: a ping-pong between two
// goroutines alternates strictly, and a chain of goroutines passes a value along.
package main

func pong(ping <-chan int, reply chan<- int) {
	for v := range ping {
		println("pong", v)
		reply <- v + 1
	}
	close(reply)
}

func relay(in <-chan int, out chan<- int) { out <- 1 + <-in }

func main() {
	ping, reply := make(chan int), make(chan int)
	go pong(ping, reply)
	for i := 0; i < 3; i++ {
		ping <- 10 * i
		println("ping got", <-reply)
	}
	// CHECK: pong 0
	// CHECK-NEXT: ping got 1
	// CHECK-NEXT: pong 10
	// CHECK-NEXT: ping got 11
	// CHECK-NEXT: pong 20
	// CHECK-NEXT: ping got 21
	close(ping)
	_, ok := <-reply
	println("reply open:", ok) // CHECK-NEXT: reply open: false

	first := make(chan int)
	in := first
	for i := 0; i < 1000; i++ {
		out := make(chan int)
		go relay(in, out)
		in = out
	}
	first <- 0
	println("after 1000 relays:", <-in) // CHECK-NEXT: after 1000 relays: 1000
}
