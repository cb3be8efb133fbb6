// RUN: %gosubc build -O0 -o %t0 %s && %t0 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 | FileCheck %s
// gc's order: a single assignment's left side (slice, array, global, pointer) is read after its right side's call.
// The expected output is gc's (Go 1.19).
package main

import "fmt"

type S struct{ a int }

var gs = []int{0, 0, 0}
var gi = 0

func ginc() int { gi++; return 5 }

func main() {
	var arr [4]int
	i := 0
	inc := func() int { i++; return 9 }
	arr[i] = inc()
	fmt.Println(arr, i)

	gs[gi] = ginc()
	fmt.Println(gs, gi)

	s := []int{0, 0, 0}
	s2 := []int{0, 0, 0}
	cur := s
	sw := func() int { cur = s2; return 4 }
	cur[0] = sw()
	fmt.Println(s, s2)

	j := 0
	pj := &j
	incj := func() int { *pj = 2; return 8 }
	t := []int{0, 0, 0}
	t[j] = incj()
	fmt.Println(t)

	x, y := 1, 2
	pp := &x
	q := func() int { pp = &y; return 7 }
	*pp = q()
	fmt.Println(x, y)

	k := 0
	nk := func() int { k = 1; return 6 }
	u := []int{0, 0}
	u[k] = nk()
	fmt.Println(u)
}

// CHECK: [0 9 0 0] 1
// CHECK-NEXT: [0 5 0] 1
// CHECK-NEXT: [0 0 0] [4 0 0]
// CHECK-NEXT: [0 0 8]
// CHECK-NEXT: 1 7
// CHECK-NEXT: [0 6]
