// RUN: %gosubc build -O0 -o %t0 %s
// RUN: %gosubc build -O2 -o %t2 %s
// RUN: %gosubc build -O3 -o %t3 %s
// RUN: sh -c '%t0 direct; echo "exit status $?"' 2>&1 | FileCheck %s
// RUN: sh -c '%t2 direct; echo "exit status $?"' 2>&1 | FileCheck %s
// RUN: sh -c '%t3 direct; echo "exit status $?"' 2>&1 | FileCheck %s
// Unbounded recursion stops with gc's fatal error and exit status 2 at every -O level: Go has no
// tail calls, so neither self-recursion, nor mutual recursion, nor the accumulator form may
// become a loop. One file per form, each within lit's time limit on a loaded machine: this one
// (direct), stack-overflow-mutual.go, stack-overflow-accumulator.go; big frames and a goroutine
// other than main: stack-overflow-frames.go.
package main

import "os"

func direct(n int) int { return direct(n + 1) }

func ping(n int) int {
	if n < 0 {
		return 0
	}
	return pong(n + 1)
}

func pong(n int) int { return ping(n + 2) }

func accumulate(n, acc int) int {
	if n < 0 {
		return acc
	}
	return accumulate(n+1, acc+n)
}

func main() {
	switch os.Args[1] {
	case "direct":
		println(direct(0))
	case "mutual":
		println(ping(0))
	case "accumulator":
		println(accumulate(0, 0))
	}
}

// CHECK: runtime: goroutine stack exceeds 1000000000-byte limit
// CHECK-NEXT: runtime: sp=0x{{[0-9a-f]+}} stack=[0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}]
// CHECK-NEXT: fatal error: stack overflow
// CHECK-EMPTY:
// CHECK-NEXT: runtime stack:
// CHECK: goroutine 1 [running]:
// CHECK: exit status 2
