// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// a, b = x, y evaluates the left's index and pointer operands first, then checks and stores
// left to right (Go spec: Assignment statements): earlier stores happen before a later panic.
package main

type P struct{ i int }

func try(f func()) {
	defer func() { println("recovered:", recover() != nil) }()
	f()
}

func main() {
	m := map[int]int{0: 1}
	i := 0
	i, m[i] = 1, 2
	println(i, m[0], len(m)) // CHECK: 1 2 1

	var x P
	p := &x
	p, p.i = new(P), 4
	println(x.i, p.i) // CHECK-NEXT: 4 0

	s := []int{0, 0}
	j := 0
	j, s[j] = 1, 7
	println(s[0], s[1]) // CHECK-NEXT: 7 0

	m2 := map[int]int{}
	var np *int
	try(func() { m2[2], *np = 42, 2 }) // CHECK-NEXT: recovered: true
	var e []int
	try(func() { m2[3], e[1] = 3, 3 }) // CHECK-NEXT: recovered: true
	var pp *P
	try(func() { m2[4], pp.i = 4, 4 }) // CHECK-NEXT: recovered: true
	println(m2[2], m2[3], m2[4])       // CHECK-NEXT: 42 3 4
}
