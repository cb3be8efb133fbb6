// RUN: %gosubc build -O2 -o %t %s && env GOSUBDEBUG=allocs=1 %t 2>&1 | FileCheck %s
// RUN: %gosubc build -O0 -o %t0 %s && env GOSUBDEBUG=allocs=1 %t0 2>&1 | FileCheck %s
// UNSUPPORTED: sanitize-stack
// (-sanitize=stack runs with the collector off: this test is about collections)
// Objects referenced only from parked goroutines' stacks survive collections: 200 goroutines
// each build a list, yield while the others allocate garbage of the same size (so freed memory
// would be reused and overwritten) and main forces collections, then check their sums.
package main

import "runtime"

type node struct {
	next *node
	val  int
	pad  [4]int
}

func build(n, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head, val: i*seed + 1}
	}
	return head
}

func sum(l *node) int {
	s := 0
	for ; l != nil; l = l.next {
		s += l.val
	}
	return s
}

var results [200]int
var finished, lost int

func worker(id int) {
	l := build(1000, id)
	want := sum(l)
	for i := 0; i < 20; i++ {
		runtime.Gosched()
		build(100, -1) // garbage of the list's size
	}
	if sum(l) != want {
		lost++
	}
	results[id] = want
	finished++
}

func main() {
	for i := 0; i < len(results); i++ {
		go worker(i)
	}
	for finished < len(results) {
		runtime.GC()
		runtime.Gosched()
	}
	total := 0
	for _, r := range results {
		total += r
	}
	// CHECK: total 9940250000 lost 0 goroutines 1
	println("total", total, "lost", lost, "goroutines", runtime.NumGoroutine())
}
// CHECK: gosub: heap allocations: {{.*}} {{[1-9][0-9]*}} collections
