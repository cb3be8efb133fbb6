// RUN: %gosubc build -O2 -o %t %s && env ASAN_OPTIONS=detect_stack_use_after_return=0 not %t 2>&1 | FileCheck %s
// A goroutine that recurses without end stops the program with gc's report, status 2, while
// goroutine 1 waits (a goroutine's stack is the shared 1 GB stack: gc's limit). Under
// -sanitize=stack, ASan's fake frames (for use after return) would make the 1 GB descent take
// over a minute once they run out; the overflow is what this test is about, so they are off.
package main

var depth int

func down(n int) int {
	depth++
	var pad [8]int
	pad[n%8] = n
	return down(n+1) + pad[(n+3)%8]
}

func main() {
	go func() {
		println(down(0))
	}()
	select {} // waits without spinning: a preempted switch would copy the deep stack out and back
}

// CHECK: runtime: goroutine stack exceeds 1000000000-byte limit
// CHECK: fatal error: stack overflow
