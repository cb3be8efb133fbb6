// REQUIRES: clang-19
// RUN: %gosubc build -sanitize=stack -o %t %s
// RUN: env GC_DONT_GC=1 %t 2>&1 | FileCheck %s
// RUN: %gosubc run %s 2>&1 | FileCheck %s
// AddressSanitizer keeps the frames that catch a use after return on a "fake stack". After a
// recovered panic it frees, at its next fake-frame allocation, every frame below the stack
// pointer of the function allocating. All goroutines run at the same stack addresses, so that
// function may be a shallow goroutine while a deep one, which recovered, waits: each goroutine
// needs a fake stack of its own, or the waiting one's live frames are freed and reported.
package main

type Big [1024]int

func fill(b *Big, v int) {
	for i := range b {
		b[i] = v + i
	}
}

func sum(b *Big) (s int) {
	for _, x := range b {
		s += x
	}
	return s
}

func mustPanic(k int) (err interface{}) {
	defer func() { err = recover() }()
	var a [4]int
	return a[k]
}

// deep recurses so that its frames lie well below a new goroutine's, recovers a panic at the
// bottom, then blocks while shallow goroutines run and allocate frames of their own.
func deep(n int, c chan int) int {
	var local Big
	fill(&local, n)
	if n > 0 {
		return deep(n-1, c) + local[n]
	}
	println("recovered:", mustPanic(7) != nil)
	var got [3]int
	for i := range got {
		go func(i int) {
			var mine Big
			fill(&mine, i)
			c <- sum(&mine)
		}(i)
		got[i] = <-c
	}
	return got[0] + got[1] + got[2] + sum(&local)
}

func main() {
	c := make(chan int)
	var mainBig Big
	fill(&mainBig, 1)
	println("deep:", deep(6, c))
	println("main:", sum(&mainBig))
}

// CHECK: recovered: true
// CHECK-NEXT: deep: 2098218
// CHECK-NEXT: main: 524800
// CHECK-NOT: AddressSanitizer
