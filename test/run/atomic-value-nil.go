// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// atomic.Value (Go's own value.go) and the nil-address panic of the atomic functions.
package main

import "sync/atomic"

func try(what string, f func()) {
	defer func() { println(what, "panics:", recover().(error).Error()) }()
	f()
}

func main() {
	var v atomic.Value
	println(v.Load() == nil) // CHECK: true
	v.Store("hello")
	println(v.Load().(string), v.Swap("world").(string)) // CHECK-NEXT: hello hello
	println(v.CompareAndSwap("world", "x"), v.CompareAndSwap("world", "y"), v.Load().(string))
	// CHECK-NEXT: true false x
	func() {
		defer func() { println(recover().(string)) }()
		v.Store(1)
	}()
	// CHECK-NEXT: sync/atomic: store of inconsistently typed value into Value

	var p *int32
	try("AddInt32", func() { atomic.AddInt32(p, 1) })
	// CHECK-NEXT: AddInt32 panics: runtime error: invalid memory address or nil pointer dereference
	var q *uint64
	try("LoadUint64", func() { atomic.LoadUint64(q) })
	// CHECK-NEXT: LoadUint64 panics: runtime error: invalid memory address or nil pointer dereference
}
