// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --match-full-lines
// Unlock of an RWMutex no writer holds is gc's fatal error.
package main

import "sync"

func main() {
	defer println("deferred") // never printed: a fatal error runs no deferred call
	var rw sync.RWMutex
	rw.RLock()
	rw.Unlock()
}

// CHECK: fatal error: sync: Unlock of unlocked RWMutex
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NOT: deferred
// CHECK: exit status 2
