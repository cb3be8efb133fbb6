// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s
// (*[N]T)(s) with len(s) < N panics naming both lengths, as gc's boundsConvert error does.
package main

func main() {
	s := make([]int, 8)
	p := (*[8]int)(s)
	println(len(p))
	var n []int
	println((*[0]int)(n) == nil)
	_ = (*[9]int)(s)
}

// CHECK: 8
// CHECK-NEXT: true
// CHECK-NEXT: panic: runtime error: cannot convert slice with length 8 to pointer to array with length 9
// CHECK: exit status 2
