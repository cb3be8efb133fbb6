// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Channel values: compared by identity, usable as map keys and in interfaces (pointer-shaped),
// printed as addresses, named by %T as gc does; directional conversions keep the identity.
package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan int)
	var r <-chan int = a
	println(a == a, a == b, r == a) // CHECK: true false true
	var nilc chan int
	println(nilc == nil, a != nil) // CHECK-NEXT: true true
	m := map[chan int]string{a: "a", b: "b"}
	println(m[a], m[b], len(m)) // CHECK-NEXT: a b 2
	var x interface{} = a
	var y interface{} = b
	println(x == interface{}(a), x == y) // CHECK-NEXT: true false
	if c, ok := x.(chan int); ok {
		println("assert", c == a) // CHECK-NEXT: assert true
	}
	println(nilc) // CHECK-NEXT: 0x0
	fmt.Printf("%T %T %T %T\n", a, r, make(chan<- string), make(chan (<-chan int)))
	// CHECK-NEXT: chan int <-chan int chan<- string chan (<-chan int)
	s := fmt.Sprintf("%v %p", a, a)
	println(s[:2] == "0x", len(s) > 5) // CHECK-NEXT: true true
	cc := make(chan chan int, 1)
	cc <- a
	println(<-cc == a) // CHECK-NEXT: true
}
