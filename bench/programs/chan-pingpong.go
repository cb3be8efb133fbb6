// chan-pingpong: two goroutines pass an int back and forth over two unbuffered
// channels N times. Every message is a blocking send met by a blocked
// receiver, so this measures one goroutine hand-off (park, ready, switch) per
// message: 2N of them.
package main

const N = 1000000

func echo(ping <-chan int, pong chan<- int) {
	for v := range ping {
		pong <- v*3 + 1
	}
	close(pong)
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go echo(ping, pong)
	v, sum := 1, 0
	for i := 0; i < N; i++ {
		ping <- v
		v = <-pong & 0xffff
		sum += v
	}
	close(ping)
	_, ok := <-pong
	println("chan-pingpong", N, v, sum, ok)
}
