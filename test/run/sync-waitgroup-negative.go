// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --match-full-lines
// More Done calls than Add is a panic (deferred calls run, recover could stop it), as with gc.
package main

import "sync"

func main() {
	defer println("deferred")
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	wg.Done()
}

// CHECK: deferred
// CHECK-NEXT: panic: sync: negative WaitGroup counter
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK: exit status 2
