// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -escape=off -o %t3 %s && %t3 2>&1 | FileCheck %s
// A concurrent pipeline: a generator, a pool of workers fanning out over one channel, a
// fan-in through select, a results collector closing over a done channel, and a counting
// semaphore (a buffered chan struct{}); the output is independent of the scheduling.
package main

import (
	"fmt"
	"sort"
)

type job struct {
	id int
	n  int
}

type result struct {
	id      int
	primes  int
	worker  int
	message string
}

func generate(n int) <-chan job {
	out := make(chan job)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- job{i, i * 1000}
		}
	}()
	return out
}

func countPrimes(n int) int {
	sieve := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if !sieve[i] {
			count++
			for j := i * i; j <= n; j += i {
				sieve[j] = true
			}
		}
	}
	return count
}

// worker counts primes for each job; it takes a slot of the semaphore while computing.
func worker(id int, jobs <-chan job, out chan<- result, sem chan struct{}, done chan<- int) {
	handled := 0
	for j := range jobs {
		sem <- struct{}{}
		out <- result{j.id, countPrimes(j.n), id, fmt.Sprintf("job %d", j.id)}
		<-sem
		handled++
	}
	done <- handled
}

// merge forwards two result streams into one until both are closed (a nil channel turns a
// select case off).
func merge(a, b <-chan result) <-chan result {
	out := make(chan result, 4)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case r, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- r
			case r, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- r
			}
		}
	}()
	return out
}

func main() {
	jobs := generate(20)
	even, odd := make(chan result), make(chan result)
	sem := make(chan struct{}, 2)
	done := make(chan int)
	const workers = 4
	for w := 0; w < workers; w++ {
		out := even
		if w%2 == 1 {
			out = odd
		}
		go worker(w, jobs, out, sem, done)
	}
	go func() {
		total := 0
		for w := 0; w < workers; w++ {
			total += <-done
		}
		fmt.Println("jobs handled:", total)
		close(even)
		close(odd)
	}()
	var results []result
	for r := range merge(even, odd) {
		results = append(results, r)
	}
	sort.Slice(results, func(i, j int) bool { return results[i].id < results[j].id })
	sum := 0
	for _, r := range results {
		sum += r.primes
	}
	fmt.Println(len(results), "results,", results[0].message, "..", results[len(results)-1].message)
	fmt.Println("primes below 1000:", results[0].primes, "below 20000:", results[19].primes)
	fmt.Println("sum:", sum, "semaphore free:", len(sem) == 0)
	// CHECK: jobs handled: 20
	// CHECK-NEXT: 20 results, job 1 .. job 20
	// CHECK-NEXT: primes below 1000: 168 below 20000: 2262
	// CHECK-NEXT: sum: 25188 semaphore free: true
}
