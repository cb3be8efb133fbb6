// RUN: %gosubc build -O0 -o %t0 %s
// RUN: %gosubc build -O2 -o %t2 %s
// RUN: %gosubc build -O3 -o %t3 %s
// RUN: sh -c '%t0 direct; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t2 direct; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t3 direct; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t0 mutual; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t2 mutual; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t3 mutual; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t0 accumulator; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t2 accumulator; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t3 accumulator; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t0 bigframe; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t2 bigframe; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t3 hugeframe; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t0 goroutine; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,GO
// RUN: sh -c '%t2 goroutine; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,GO
// RUN: sh -c '%t3 goroutine; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,GO
// Unbounded recursion stops with gc's fatal error and exit status 2 at every -O level: Go has no
// tail calls, so neither self-recursion, nor mutual recursion, nor the accumulator form may
// become a loop; frames of 100 KB and 2.4 MB still fault on the guard page; a goroutine other
// than main overflows the same way.
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

func bigframe(n int) int {
	var a [12800]int // 100 KB
	a[n%len(a)] = n
	return bigframe(n+1) + a[(n*7)%len(a)]
}

func hugeframe(n int) int {
	var a [300000]int // 2.4 MB, more than any slack below the stack
	a[n%len(a)] = n
	return hugeframe(n+1) + a[(n*7)%len(a)]
}

func main() {
	switch os.Args[1] {
	case "direct":
		println(direct(0))
	case "mutual":
		println(ping(0))
	case "accumulator":
		println(accumulate(0, 0))
	case "bigframe":
		println(bigframe(0))
	case "hugeframe":
		println(hugeframe(0))
	case "goroutine":
		done := make(chan int)
		go func() { done <- direct(0) }()
		println(<-done)
	}
}

// CHECK: runtime: goroutine stack exceeds 1000000000-byte limit
// CHECK-NEXT: runtime: sp=0x{{[0-9a-f]+}} stack=[0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}]
// CHECK-NEXT: fatal error: stack overflow
// CHECK-EMPTY:
// CHECK-NEXT: runtime stack:
// MAIN: goroutine 1 [running]:
// GO: goroutine {{[0-9]+}} [running]:
// CHECK: exit status 2
