// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Package-level initialisers: only their dynamic parts (calls, make, maps) are analysed.
package main

// Package-level initialisers: composite literals and func literals are static data; calls,
// make and map literals run in the init function, where escape analysis reports them.

// CHECK: :[[#@LINE+1]]:15: new(int) escapes to heap
var sink = new(int)
var s = []int{1, 2}
// CHECK: :[[#@LINE+1]]:23: map[string]int{...} escapes to heap
var m = map[string]int{"a": 1}
var g = func() int { return 1 }
// CHECK: :[[#@LINE+1]]:13: make([]int, 10) escapes to heap
var q = make([]int, 10)

// CHECK: :[[#@LINE+1]]:8: leaking param: p to result ~r0 level=0
func f(p *int) *int { return p }

// CHECK: :[[#@LINE+1]]:14: new(int) escapes to heap
var r = f(new(int))

func main() { println(*sink, s, m, g(), q, r) }
