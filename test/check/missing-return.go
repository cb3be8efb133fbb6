// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A function with results must end in a terminating statement (Go spec: Terminating statements).
package main

func a(x int) int {
	if x > 0 {
		return 1
	}
// CHECK: missing-return.go:[[#@LINE+1]]:1: missing return
}

func b() int {
	for {
		break
	}
// CHECK: missing-return.go:[[#@LINE+1]]:1: missing return
}

// Terminating: no error for these.
func c(x int) int {
	if x > 0 {
		return 1
	} else {
		panic("no")
	}
}

func d(x int) int {
	for {
	}
}

func e(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 2
	}
}

func f(x int) int {
L:
	for {
		for {
			break L
		}
	}
// CHECK: missing-return.go:[[#@LINE+1]]:1: missing return
}

func main() {}
