// RUN: %gosubc build -O2 -o %t %s && %t 2>&1 | FileCheck %s
// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// Deferred calls, panics and recover belong to one goroutine: goroutines that panic and recover
// while the others are in the middle of their own deferred calls see only their own panics.
package main

import "runtime"

var log []string
var done int

func worker(name string) {
	defer func() { done++ }()
	defer func() {
		runtime.Gosched() // the others panic and recover meanwhile
		r := recover()
		runtime.Gosched()
		log = append(log, name+" recovered "+r.(string))
	}()
	defer runtime.Gosched()
	runtime.Gosched()
	panic(name)
}

func main() {
	go worker("a")
	go worker("b")
	go worker("c")
	for done < 3 {
		runtime.Gosched()
	}
	// CHECK: a recovered a
	// CHECK-NEXT: b recovered b
	// CHECK-NEXT: c recovered c
	for _, l := range log {
		println(l)
	}
	// CHECK-NEXT: recover in main: (0x0,0x0)
	println("recover in main:", recover())
}
