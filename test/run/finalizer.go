// RUN: %gosubc run %s 2>&1 | FileCheck %s
// RUN: %gosubc run -O0 %s 2>&1 | FileCheck %s
// runtime.SetFinalizer on Boehm GC: after runtime.GC, the finalizers of objects nothing reaches
// have run (the collector is conservative: a stale word on the stack may keep one or two of
// a thousand alive, never most), a reachable object's finalizer has not, and a nil finalizer
// removes one. (Not under -sanitize=stack, which runs programs with the collector off.)
// UNSUPPORTED: sanitize-stack
package main

import "runtime"

type obj struct{ id [4]int }

var finalized int
var keep *obj

//go:noinline
func garbage(n int) {
	for i := 0; i < n; i++ {
		o := &obj{}
		runtime.SetFinalizer(o, func(*obj) { finalized++ })
	}
}

func main() {
	keep = &obj{}
	runtime.SetFinalizer(keep, func(*obj) { println("FAIL: a reachable object was finalized") })
	removed := &obj{}
	runtime.SetFinalizer(removed, func(*obj) { println("FAIL: a removed finalizer ran") })
	runtime.SetFinalizer(removed, nil)
	removed = nil
	garbage(1000)
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	println("most finalized:", finalized > 900, finalized <= 1000) // CHECK: most finalized: true true
	runtime.KeepAlive(keep)
}
// CHECK-NOT: FAIL
