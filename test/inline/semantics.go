// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -O0 -l -o %tl %s && %tl 2>&1 | FileCheck %s
// Inlined calls behave as calls: named and unnamed results, several results, a return from
// inside a loop, variadic arguments (none, some, xs...), arguments evaluated once and in order,
// and a panic inside an inlined body recovered by the caller; the same with -l.
package main

func div(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func pair(x int) (int, int) { return x, 2 * x }

func first(x int) int {
	if x > 10 {
		return 10
	}
	for i := 0; i < x; i++ {
		if i*i > x {
			return i
		}
	}
	return -1
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

var order []string

func mark(s string, v int) int {
	order = append(order, s)
	return v
}

func add(a, b int) int { return a + b }

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int { return c.n }

func main() {
	q, r := div(17, 5)
	a, b := pair(q)
	println(q, r, a, b)                          // CHECK: 3 2 3 6
	println(first(3), first(20), first(0))       // CHECK-NEXT: 2 10 -1
	xs := []int{4, 5}
	println(sum(), sum(1, 2, 3), sum(xs...))     // CHECK-NEXT: 0 6 9
	println(add(mark("a", 1), mark("b", 2)))     // CHECK-NEXT: 3
	println(len(order), order[0], order[1])      // CHECK-NEXT: 2 a b
	var c Counter
	c.Inc()
	p := &c
	p.Inc()
	println(c.Get(), p.Get())                    // CHECK-NEXT: 2 2
	defer func() { println("recovered:", recover().(error).Error()) }()
	println(div(1, 0))
}

// CHECK-NEXT: recovered: runtime error: integer divide by zero
