// RUN: %gosubc build -o %t %s && %t | FileCheck %s
// Go 1.19's atomic.Pointer[T], compiled from Go's own sync/atomic/type.go now that gosub has
// type parameters, beside the other atomic types.
package main

import (
	"fmt"
	"sync/atomic"
)

type node struct{ v int }

func main() {
	var p atomic.Pointer[node]
	fmt.Println(p.Load() == nil) // CHECK: true
	p.Store(&node{1})
	old := p.Swap(&node{2})
	fmt.Println(old.v, p.Load().v, p.CompareAndSwap(old, &node{3}), p.Load().v) // CHECK-NEXT: 1 2 false 2
	cur := p.Load()
	fmt.Println(p.CompareAndSwap(cur, &node{4}), p.Load().v) // CHECK-NEXT: true 4
	var n atomic.Int64
	n.Add(5)
	var b atomic.Bool
	b.Store(true)
	var v atomic.Value
	v.Store("x")
	fmt.Println(n.Load(), b.Load(), v.Load()) // CHECK-NEXT: 5 true x
}
