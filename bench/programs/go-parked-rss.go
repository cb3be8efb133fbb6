// go-parked-rss: N goroutines all blocked at once, each receiving from one
// shared channel; once every one has started, main closes the channel, which
// releases them all, and joins them on a sync.WaitGroup. The figure that
// matters is peak RSS: what a parked goroutine costs (its stack and its
// descriptor) times N.
package main

import "sync"

const N = 100000

func wait(i int, start <-chan struct{}, out []int, ready, done *sync.WaitGroup) {
	ready.Done()
	<-start
	out[i] = i*i%1000 + 1
	done.Done()
}

func main() {
	start := make(chan struct{})
	out := make([]int, N)
	var ready, done sync.WaitGroup
	ready.Add(N)
	done.Add(N)
	for i := 0; i < N; i++ {
		go wait(i, start, out, &ready, &done)
	}
	ready.Wait()
	close(start)
	done.Wait()
	sum := 0
	for _, v := range out {
		sum += v
	}
	println("go-parked-rss", N, sum)
}
