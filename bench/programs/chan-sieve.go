// chan-sieve: Go's classic concurrent prime sieve. A generator goroutine
// sends 2, 3, 4, ... down a channel; each prime found starts a filter
// goroutine that drops its multiples, so the chain grows to N filters and a
// number passes through every filter of a prime below its least factor.
package main

const N = 2000

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum, prime := 0, 0
	for i := 0; i < N; i++ {
		prime = <-ch
		sum += prime
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	println("chan-sieve", N, prime, sum)
}
