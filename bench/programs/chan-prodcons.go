// chan-prodcons: a producer goroutine sends N values into a channel with a
// buffer of B, and main receives them until the channel is closed. Most sends
// and receives find room or a value in the buffer and do not block, so this
// measures the buffered fast path plus a switch every time the buffer fills
// or empties.
package main

const N = 10000000

const B = 128

func produce(ch chan<- int) {
	x := uint32(1)
	for i := 0; i < N; i++ {
		x = x*1664525 + 1013904223
		ch <- int(x >> 16)
	}
	close(ch)
}

func main() {
	ch := make(chan int, B)
	go produce(ch)
	count, sum := 0, 0
	for v := range ch {
		count++
		sum += v ^ count
	}
	println("chan-prodcons", count, sum)
}
