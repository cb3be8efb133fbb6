// RUN: %gosubc build -O0 -o %t0 %s && %t0 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 | FileCheck %s
// gc's order in assignments: m[k()] = v(), s[i] = f(), x += f(), a[j] += f(): the calls first, then the operands.
// The expected output is gc's (Go 1.19).
package main

import "fmt"

func main() {
	m := map[int]int{}
	n := 0
	k := func() int { n++; return n * 10 }
	v := func() int { n++; return n }
	m[k()] = v()
	fmt.Println(m, n)

	s := []int{0, 0, 0, 0}
	i := 0
	inc := func() int { i++; return i }
	s[i] = inc()
	fmt.Println(s, i)

	x := 5
	add := func() int { x *= 2; return 1 }
	x += add()
	fmt.Println(x)

	arr := []int{1, 2, 3}
	j := 0
	nj := func() int { j = 2; return 7 }
	arr[j] += nj()
	fmt.Println(arr)

	p := &x
	q := func() int { *p = 100; return 1 }
	r := []int{*p, q(), *p}
	fmt.Println(r)
}

// CHECK: map[10:2] 2
// CHECK-NEXT: [0 1 0 0] 1
// CHECK-NEXT: 11
// CHECK-NEXT: [1 2 10]
// CHECK-NEXT: [100 1 100]
