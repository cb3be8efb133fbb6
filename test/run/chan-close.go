// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// close: a closed channel still yields what its buffer holds, then zero values with ok false;
// range stops there; close wakes every blocked receiver; `defer close(c)` closes on return.
package main

type pair struct {
	s string
	n int
}

func produce(c chan<- pair, n int) {
	defer close(c)
	for i := 1; i <= n; i++ {
		c <- pair{"v", i}
	}
}

func main() {
	c := make(chan int, 2)
	c <- 7
	close(c)
	v, ok := <-c
	println(v, ok) // CHECK: 7 true
	v, ok = <-c
	println(v, ok) // CHECK-NEXT: 0 false
	println(<-c)   // CHECK-NEXT: 0

	p := make(chan pair)
	go produce(p, 3)
	sum := 0
	for x := range p {
		sum += x.n
		print(x.s, x.n, " ")
	}
	println(sum) // CHECK-NEXT: v1 v2 v3 6
	z, ok := <-p
	println(z.s == "", z.n, ok) // CHECK-NEXT: true 0 false

	gate := make(chan struct{})
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			_, ok := <-gate
			if !ok {
				done <- i
			}
		}(i)
	}
	for i := 0; i < 1000; i++ { // let them block
		c := make(chan int, 1)
		c <- i
		<-c
	}
	close(gate)
	n := 0
	for i := 0; i < 3; i++ {
		n += 1 + <-done
	}
	println("woken:", n) // CHECK-NEXT: woken: 6
}
