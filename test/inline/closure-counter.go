// RUN: %gosubc build -m -O0 -o %t %s 2>&1 | FileCheck %s --match-full-lines --implicit-check-not=inline --implicit-check-not=escape
// RUN: %t 2>&1 | FileCheck %s --check-prefix=OUT
// A closure returned by an inlined function and called through a never-reassigned local: the
// copy of the literal is inlined at each call (gc names it main.func1), and neither it nor the
// counter it captures outlives main's frame (gc 1.19's -m lines, exactly).
package main

// CHECK: {{.*}}closure-counter.go:[[#@LINE+1]]:6: can inline makeCounter
func makeCounter(step int) func() int {
	// CHECK-NEXT: {{.*}}closure-counter.go:[[#@LINE+2]]:9: can inline makeCounter.func1
	c := 0
	return func() int {
		c += step
		return c
	}
}

var sink int

func main() {
	for i := 0; i < 1000; i++ {
		// CHECK-NEXT: {{.*}}closure-counter.go:[[#@LINE+2]]:22: inlining call to makeCounter
		// CHECK-NEXT: {{.*}}closure-counter.go:12:9: can inline main.func1
		next := makeCounter(2)
		// CHECK-NEXT: {{.*}}closure-counter.go:[[#@LINE+1]]:15: inlining call to main.func1
		sink += next()
		// CHECK-NEXT: {{.*}}closure-counter.go:[[#@LINE+1]]:15: inlining call to main.func1
		sink += next()
	}
	println(sink) // OUT: 6000
}

// CHECK-NEXT: {{.*}}closure-counter.go:11:2: moved to heap: c
// CHECK-NEXT: {{.*}}closure-counter.go:12:9: func literal escapes to heap
// CHECK-NEXT: {{.*}}closure-counter.go:24:22: func literal does not escape
