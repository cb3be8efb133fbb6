// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Elements bigger than the runtime's inline waiter buffer and holding pointers travel intact
// between goroutines that block (their stacks are swapped out meanwhile), buffered, unbuffered
// and through select.
package main

type big struct {
	name string
	vals [40]int
	next *big
}

func mk(i int) big {
	b := big{name: "b", next: &big{name: "inner"}}
	for j := range b.vals {
		b.vals[j] = i * j
	}
	return b
}

func check(b big, i int) bool {
	ok := b.name == "b" && b.next.name == "inner"
	for j := range b.vals {
		ok = ok && b.vals[j] == i*j
	}
	return ok
}

func main() {
	u := make(chan big)
	k := make(chan big, 2)
	go func() {
		for i := 0; i < 50; i++ {
			u <- mk(i)
		}
		for i := 0; i < 50; i++ {
			select {
			case k <- mk(i):
			case <-u:
			}
		}
		close(k)
	}()
	good := 0
	for i := 0; i < 50; i++ {
		if check(<-u, i) {
			good++
		}
	}
	i := 0
	for b := range k {
		if check(b, i) {
			good++
		}
		i++
	}
	println(good) // CHECK: 100
}
