// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// The three for forms, labeled break/continue, goto, && and || short-circuit.
package main

var calls int

func t(b bool) bool { calls++; return b }

func main() {
	s := 0
	for i := 0; i < 10; i++ {
		if i == 3 {
			continue
		}
		s += i
	}
	println(s) // CHECK: 42
	n := 1
	for n < 100 {
		n *= 3
	}
	println(n) // CHECK-NEXT: 243
	k := 0
	for {
		k++
		if k > 4 {
			break
		}
	}
	println(k) // CHECK-NEXT: 5
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println() // CHECK-NEXT: 00 01 10 11
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	println(i) // CHECK-NEXT: 3
	println(t(false) && t(true), calls) // CHECK-NEXT: false 1
	println(t(true) || t(true), calls)  // CHECK-NEXT: true 2
	if x := 5; x > 3 && !(x == 4) {
		println("yes") // CHECK-NEXT: yes
	} else if x == 5 {
		println("no")
	} else {
		println("never")
	}
}
