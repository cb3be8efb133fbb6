// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// select: the ready case runs, the default when none is ready, a blocked select wakes on any of
// its channels, and a receive case assigns to new variables, existing ones, map entries and
// interfaces only when it is chosen.
package main

func main() {
	a, b := make(chan int, 1), make(chan string, 1)
	select {
	case v := <-a:
		println("a", v)
	case s := <-b:
		println("b", s)
	default:
		println("none ready") // CHECK: none ready
	}
	b <- "hello"
	select {
	case v := <-a:
		println("a", v)
	case s, ok := <-b:
		println("b", s, ok) // CHECK-NEXT: b hello true
	}
	select {
	case a <- 5:
		println("sent") // CHECK-NEXT: sent
	default:
		println("full")
	}
	select {
	case a <- 6:
		println("sent")
	default:
		println("full") // CHECK-NEXT: full
	}

	m := map[string]int{}
	var x interface{}
	select {
	case m["k"] = <-a:
	}
	a <- 9
	select {
	case x = <-a:
	case <-b:
	}
	println(m["k"], x.(int)) // CHECK-NEXT: 5 9

	// A select blocked on two channels wakes on the one another goroutine uses.
	c, d, done := make(chan int), make(chan int), make(chan int)
	go func() {
		got, sent := 0, 0
		for i := 0; i < 4; i++ {
			select {
			case v := <-c:
				got += v
			case d <- i:
				sent++
			}
		}
		done <- got*10 + sent
	}()
	c <- 1
	d1 := <-d
	c <- 2
	d3 := <-d
	println(d1, d3, <-done) // CHECK-NEXT: 1 3 32

	// break leaves the select, not the loop.
	n := 0
	for i := 0; i < 3; i++ {
		select {
		default:
			if i == 1 {
				break
			}
			n++
		}
	}
	println("n", n) // CHECK: n 2

	// The channel operands and sent values are evaluated once, in source order, on entry.
	e := make(chan int, 1)
	select {
	case ch(e, "first") <- val("second"):
	case <-ch(e, "third"):
	}
	// CHECK-NEXT: first
	// CHECK-NEXT: second
	// CHECK-NEXT: third
}

func ch(c chan int, s string) chan int {
	println(s)
	return c
}

func val(s string) int {
	println(s)
	return 1
}
