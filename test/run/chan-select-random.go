// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Go spec: when several cases are ready, select picks one "via a uniform pseudo-random
// selection": over 1000 selects on two always-ready channels each is taken a fair share.
package main

func main() {
	a, b := make(chan int, 1), make(chan int, 1)
	na, nb := 0, 0
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	println(na+nb, na > 350, nb > 350) // CHECK: 1000 true true

	// A closed channel is always ready too; sends on a buffered channel with room as well.
	c := make(chan int)
	close(c)
	s := make(chan int, 1000)
	nc, ns := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case <-c:
			nc++
		case s <- i:
			ns++
		}
	}
	println(nc+ns, nc > 350, ns > 350) // CHECK-NEXT: 1000 true true
}
