// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Package-level variables initialised in dependency order, then init functions in order.
package main

var a = b + 1
var b = f()
var c, d = 10, "str"
var counter int

func f() int {
	println("f runs first") // CHECK: f runs first
	return 41
}

func init() {
	counter++
	println("init 1", a, b) // CHECK-NEXT: init 1 42 41
}

func init() {
	counter++
	println("init 2", counter) // CHECK-NEXT: init 2 2
}

func main() {
	println(a, b, c, d, counter) // CHECK-NEXT: 42 41 10 str 2
}
