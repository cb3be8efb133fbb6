// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// A nil channel is never ready: a select skips its cases (a common way to switch a case off),
// while len and cap are 0.
package main

func main() {
	var nilc chan int
	c := make(chan int, 1)
	c <- 3
	for i := 0; i < 100; i++ {
		select {
		case <-nilc:
			println("nil receive")
		case nilc <- 1:
			println("nil send")
		default:
		}
	}
	select {
	case v := <-c:
		println("c", v) // CHECK: c 3
	case <-nilc:
		println("nil")
	}
	// Merging two channels, turning each off (nil) once it is closed.
	x, y := make(chan int), make(chan int)
	go func() { x <- 1; x <- 2; close(x) }()
	go func() { y <- 10; close(y) }()
	sum := 0
	for x != nil || y != nil {
		select {
		case v, ok := <-x:
			if !ok {
				x = nil
				continue
			}
			sum += v
		case v, ok := <-y:
			if !ok {
				y = nil
				continue
			}
			sum += v
		}
	}
	println("sum", sum, len(nilc), cap(nilc)) // CHECK-NEXT: sum 13 0 0
}
