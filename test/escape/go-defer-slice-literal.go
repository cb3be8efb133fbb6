// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="escapes to heap" --implicit-check-not="does not escape"
// RUN: %gosubc build -o %t %s && %t
// A slice literal passed whole to a go or deferred call is built for the call (gc's
// rewriteArgument), so it escapes only as the callee's parameter does; its elements are what
// the statement captures: the frame for a top-level defer, the heap for go and a defer in a
// loop. A literal converted to an interface is not peeled. Output equal to gc 1.19's.
package main

// CHECK: :[[#@LINE+1]]:8: xs does not escape
func f(xs ...*int) {}

// CHECK: :[[#@LINE+1]]:8: xs does not escape
func h(xs []*int) {}

var sink []*int

// CHECK: :[[#@LINE+1]]:11: leaking param: xs
func keep(xs []*int) { sink = xs }

// CHECK: :[[#@LINE+1]]:11: x does not escape
func any1(x interface{}) {}

func g(stop bool) {
	// CHECK: :[[#@LINE+1]]:16: []*int{} does not escape
	defer f([]*int{}...)
	// CHECK: :[[#@LINE+2]]:16: []*int{...} does not escape
	// CHECK: :[[#@LINE+1]]:20: new(int) does not escape
	defer f([]*int{new(int)}...)
	// CHECK: :[[#@LINE+3]]:13: []*int{...} does not escape
	// CHECK: :[[#@LINE+2]]:17: new(int) escapes to heap
	// CHECK: :[[#@LINE+1]]:27: new(int) escapes to heap
	go f([]*int{new(int), new(int)}...)
	// CHECK: :[[#@LINE+2]]:13: []*int{...} does not escape
	// CHECK: :[[#@LINE+1]]:17: new(int) escapes to heap
	go h([]*int{new(int)})
	// CHECK: :[[#@LINE+2]]:16: []*int{...} escapes to heap
	// CHECK: :[[#@LINE+1]]:20: new(int) escapes to heap
	go keep([]*int{new(int)})
	// CHECK: :[[#@LINE+3]]:16: []*int{...} escapes to heap
	// CHECK: :[[#@LINE+2]]:16: []*int{...} escapes to heap
	// CHECK: :[[#@LINE+1]]:20: new(int) escapes to heap
	go any1([]*int{new(int)})
	for !stop {
		// CHECK: :[[#@LINE+2]]:17: []*int{...} does not escape
		// CHECK: :[[#@LINE+1]]:24: new(int) escapes to heap
		defer f([]*int{1: new(int)}...)
		// CHECK: :[[#@LINE+2]]:14: []*int{...} does not escape
		// CHECK: :[[#@LINE+1]]:18: new(int) escapes to heap
		go h([]*int{new(int)})
		stop = true
	}
}

func main() { g(false) }
