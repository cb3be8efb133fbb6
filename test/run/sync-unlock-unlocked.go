// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --match-full-lines
// Unlocking an unlocked Mutex is gc's fatal error (first lines as gc prints them).
package main

import "sync"

func main() {
	defer println("deferred") // never printed: a fatal error runs no deferred call
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	mu.Unlock()
}

// CHECK: fatal error: sync: unlock of unlocked mutex
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NOT: deferred
// CHECK: exit status 2
