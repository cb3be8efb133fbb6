// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// range over arrays (a copy is iterated), pointers to arrays and slices.
package main

func main() {
	a := [4]int{1, 2, 3, 4}
	for i, v := range a {
		a[3] = 100
		print(i, "=", v, " ")
	}
	println() // CHECK: 0=1 1=2 2=3 3=4
	p := &a
	s := 0
	for _, v := range p {
		s += v
	}
	println(s) // CHECK-NEXT: 106
	sl := []string{"x", "y"}
	for i := range sl {
		print(i)
	}
	println() // CHECK-NEXT: 01
	var k, v int
	for k, v = range []int{7, 8, 9} {
	}
	println(k, v) // CHECK-NEXT: 2 9
}
