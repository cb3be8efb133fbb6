// RUN: %gosubc build -O0 -o %t0 %s && %t0 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 | FileCheck %s
// gc's order with && and ||: a condition's calls run once, in order, and a && holding calls inside a list is evaluated whole at its place (strconv's -Inf scanning).
// The expected output is gc's (Go 1.19).
package main

import "fmt"

var input = "-Inf"
var pos = 0
var calls = 0

func accept(chars string) bool {
	calls++
	if pos < len(input) {
		for _, c := range chars {
			if rune(input[pos]) == c {
				pos++
				return true
			}
		}
	}
	return false
}

func main() {
	accept("+-")
	if accept("nN") && accept("aA") && accept("nN") {
		fmt.Println("nan")
	}
	if accept("iI") && accept("nN") && accept("fF") {
		fmt.Println("inf", pos, calls)
	}
	pos, calls = 1, 0
	ok := []bool{accept("iI") && accept("nN") || accept("x"), !(accept("fF") && accept("z"))}
	fmt.Println(ok, pos, calls)
	pos, calls = 1, 0
	for n := 0; !(accept("iI") && accept("nN")) && n < 3; n++ {
		fmt.Println("loop", n)
	}
	fmt.Println(pos, calls)
}

// CHECK: inf 4 5
// CHECK-NEXT: [true true] 4 4
// CHECK-NEXT: 3 2
