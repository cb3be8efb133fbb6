// mutex-counter: W goroutines increment one shared counter under a
// sync.Mutex, N times in total. Every 16th increment the holder calls
// runtime.Gosched while still holding the lock, so with one thread the others
// run, find the mutex locked and block on it: this measures Lock and Unlock
// both uncontended and with waiters to park and wake.
package main

import (
	"runtime"
	"sync"
)

const N = 16000000

const W = 4

var (
	mu      sync.Mutex
	counter int
)

// worker sums the counter values it produced; each of 1..N is produced
// exactly once, whatever the schedule, so the total is N(N+1)/2.
func worker(n int, sum *int, wg *sync.WaitGroup) {
	s := 0
	for i := 0; i < n; i++ {
		mu.Lock()
		counter++
		s += counter
		if i%16 == 0 {
			runtime.Gosched()
		}
		mu.Unlock()
	}
	*sum = s
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	sums := make([]int, W)
	wg.Add(W)
	for w := 0; w < W; w++ {
		go worker(N/W, &sums[w], &wg)
	}
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	println("mutex-counter", W, counter, total, total == N*(N+1)/2)
}
