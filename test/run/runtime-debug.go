// RUN: %gosubc build -o %t %s && %t | FileCheck %s
// RUN: env GOGC=off %t | FileCheck %s --check-prefix=OFF
// Go's runtime/debug, compiled from its sources over runtime/rt_debug.c: Boehm's switches where
// it has them, the settings recorded otherwise, and debug.Stack from runtime.Stack. Output as
// gc 1.19's, but for two lines: gosub has no pause history (len(Pause) is 0) and links no
// module information (ReadBuildInfo's ok is false).
// UNSUPPORTED: sanitize-stack
// (a -sanitize=stack program runs with the collector off: runtime.GC does not count)
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func main() {
	// CHECK: 100 50 -1
	// OFF: -1 50 -1
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-1), debug.SetGCPercent(100))
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1000000000)) // CHECK-NEXT: 1000000000 1048576
	fmt.Println(debug.SetMaxThreads(20), debug.SetMaxThreads(10000))     // CHECK-NEXT: 10000 20
	fmt.Println(debug.SetPanicOnFault(true), debug.SetPanicOnFault(false)) // CHECK-NEXT: false true
	fmt.Println(debug.SetMemoryLimit(-1) > 0)                             // CHECK-NEXT: true
	runtime.GC()
	var s debug.GCStats
	debug.ReadGCStats(&s)
	fmt.Println(s.NumGC > 0, len(s.Pause)) // CHECK-NEXT: true 0
	debug.FreeOSMemory()
	_, ok := debug.ReadBuildInfo()
	fmt.Println(ok) // CHECK-NEXT: false
	st := string(debug.Stack())
	// CHECK-NEXT: true true
	fmt.Println(strings.HasPrefix(st, "goroutine 1 [running]:\n"), strings.Contains(st, "main.main()"))
}
