// RUN: %gosubc build -O0 -o %t0 %s && %t0 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 | FileCheck %s
// gc's order in the statements that had none: a range expression, x++ / x--, and a var
// declaration whose value is a composite literal all run their calls before reading plain
// operands (found by test/fuzz/difftest, seed 8731 of the long run: `range gmap([]int64{v,
// c()}, f)`). The expected output is gc's (Go 1.19).
package main

import "fmt"

var v int64 = 5

func c() int64 { v++; return v * 2 }

func gid[T any](xs []T) []T { return xs }

func id(xs []int64) []int64 { return xs }

func main() {
	for _, x := range []int64{v, c()} {
		fmt.Println("range slice", x)
	}
	for i, x := range [2]int64{v, c()} {
		fmt.Println("range array", i, x)
	}
	for _, x := range gid([]int64{v, c()}) {
		fmt.Println("range generic", x)
	}
	for _, x := range id([]int64{v, c()}) {
		fmt.Println("range call", x)
	}
	for k := range map[int64]bool{v: true} {
		fmt.Println("range map", k)
	}
	m := map[int64]int64{}
	m[v+c()]++
	fmt.Println("inc", m)
	a := [4]int64{}
	a[(v+c())%4]--
	fmt.Println("dec", a)
	var s = struct{ a, b int64 }{v, c()}
	fmt.Println("var literal", s)
	var arr = [2]int64{v, c()}
	fmt.Println("var array", arr)
}

// CHECK: range slice 6
// CHECK-NEXT: range slice 12
// CHECK-NEXT: range array 0 7
// CHECK-NEXT: range array 1 14
// CHECK-NEXT: range generic 8
// CHECK-NEXT: range generic 16
// CHECK-NEXT: range call 9
// CHECK-NEXT: range call 18
// CHECK-NEXT: range map 9
// CHECK-NEXT: inc map[30:1]
// CHECK-NEXT: dec [0 -1 0 0]
// CHECK-NEXT: var literal {12 24}
// CHECK-NEXT: var array [13 26]
