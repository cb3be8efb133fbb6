// RUN: %gosubc build -O0 -o %t0 %s && %t0 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 | FileCheck %s
// gc's order: index, pointer and map key operands on the left of = are read after the calls of the statement.
// The expected output is gc's (Go 1.19).
package main

import "fmt"

func main() {
	s := []int{0, 0, 0, 0}
	i := 0
	inc := func() int { i++; return i }
	s[i] = inc() + 1
	fmt.Println(s, i)
	i = 0
	s = []int{0, 0, 0, 0}
	s[i] = -inc()
	fmt.Println(s, i)
	i = 0
	s = []int{0, 0, 0, 0}
	var t int
	s[i], t = inc(), 5
	fmt.Println(s, i, t)
	i = 0
	s = []int{0, 0, 0, 0}
	s[i] = i + inc()
	fmt.Println(s, i)
	x, y := 1, 2
	pp := &x
	q := func() int { pp = &y; return 7 }
	*pp = q()
	fmt.Println(x, y)
	type S struct{ a int }
	sa, sb := &S{}, &S{}
	sp := sa
	r := func() int { sp = sb; return 3 }
	sp.a = r()
	fmt.Println(sa.a, sb.a)
	m := map[int]int{}
	kk := 1
	mv := func() int { kk = 2; return 5 }
	m[kk] = mv()
	fmt.Println(m)
	m[kk] += mv()
	fmt.Println(m)
}

// CHECK: [0 2 0 0] 1
// CHECK-NEXT: [0 -1 0 0] 1
// CHECK-NEXT: [0 1 0 0] 1 5
// CHECK-NEXT: [0 2 0 0] 1
// CHECK-NEXT: 1 7
// CHECK-NEXT: 0 3
// CHECK-NEXT: map[2:5]
// CHECK-NEXT: map[2:10]
