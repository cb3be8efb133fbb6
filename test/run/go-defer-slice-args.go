// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// The slice a go or deferred call takes, implicit (f(a, b) for f(...*int)) or a literal passed
// whole (f([]*int{a, b}...)), lives as long as the call: escape analysis keeps it off the heap
// (gc builds it inside the wrapper), so gosub moves its array into the call's record. Before,
// the array stayed in the frame of g, which had returned when the goroutine read it.
package main

var done = make(chan bool)

func sum(xs ...*int) {
	<-done // run after g has returned and smash has reused its stack
	s := 0
	for _, x := range xs {
		s += *x
	}
	println(s)
	done <- true
}

func sumSlice(xs []*int) { sum(xs...) }

func g(a, b *int) {
	go sum(a, b)
}

func gLiteral(a, b *int) {
	go sum([]*int{a, b, a}...)
}

func gWhole(a, b *int) {
	go sumSlice([]*int{b, b})
}

func deferLoop(a, b *int) {
	for i := 0; i < 2; i++ {
		defer func(xs ...*int) { println(*xs[0] + *xs[1]) }(a, b)
		defer sumNow([]*int{a, b}...)
	}
}

func sumNow(xs ...*int) { println(*xs[0] * *xs[1]) }

//go:noinline
func smash(n int) int {
	var buf [32]int
	for i := range buf {
		buf[i] = n
	}
	if n > 0 {
		return smash(n-1) + buf[3]
	}
	return buf[3]
}

func main() {
	a, b := 1, 2
	for _, start := range []func(a, b *int){g, gLiteral, gWhole} {
		start(&a, &b)
		smash(20)
		done <- true
		<-done
	}
	deferLoop(&a, &b)
}

// CHECK: 3
// CHECK-NEXT: 4
// CHECK-NEXT: 4
// CHECK-NEXT: 2
// CHECK-NEXT: 3
// CHECK-NEXT: 2
// CHECK-NEXT: 3
