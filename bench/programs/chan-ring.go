// chan-ring: a ring of R goroutines, each connected to the next by an
// unbuffered channel, passes a token N times in total (N/R laps). Each hop
// wakes the next goroutine in the ring, so a switch goes to a goroutine that
// ran R hops ago: with R large, its stack and channel are cold in the cache.
package main

const N = 1000000

const R = 10000

// member forwards the token, counting the hops left; the member that sees the
// count reach zero reports its number to main and the token stops there.
func member(id int, in <-chan int, out chan<- int, done chan<- int) {
	for {
		t := <-in
		if t == 0 {
			done <- id
			return
		}
		out <- t - 1
	}
}

func main() {
	first := make(chan int)
	done := make(chan int)
	in := first
	for i := 0; i < R; i++ {
		out := first
		if i < R-1 {
			out = make(chan int)
		}
		go member(i, in, out, done)
		in = out
	}
	first <- N
	last := <-done
	println("chan-ring", R, N, last)
}
