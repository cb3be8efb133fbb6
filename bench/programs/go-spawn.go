// go-spawn: start G goroutines, each summing a short loop into its own slot of
// a slice, and wait for them on a sync.WaitGroup; repeated in N rounds. This
// measures creating, first running and finishing a goroutine.
package main

import "sync"

const N = 5

const G = 100000

func work(out []int, i int, wg *sync.WaitGroup) {
	s := 0
	for k := 0; k < 32; k++ {
		s += (i + k) * k
	}
	out[i] = s
	wg.Done()
}

func main() {
	out := make([]int, G)
	sum := 0
	for r := 0; r < N; r++ {
		var wg sync.WaitGroup
		wg.Add(G)
		for i := 0; i < G; i++ {
			go work(out, i, &wg)
		}
		wg.Wait()
		for i := range out {
			sum += out[i] ^ r
			out[i] = 0
		}
	}
	println("go-spawn", N, G, sum)
}
