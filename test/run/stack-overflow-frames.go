// RUN: %gosubc build -O0 -o %t0 %s
// RUN: %gosubc build -O2 -o %t2 %s
// RUN: sh -c '%t0 bigframe; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t2 bigframe; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t2 hugeframe; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: sh -c '%t0 goroutine; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,GO
// RUN: sh -c '%t2 goroutine; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,GO
// Not under -sanitize=stack: what these check is the overflow's report, and a run that fills
// the 1 GB stack under AddressSanitizer takes 4 s and 1.2 GB of shadow memory.
// UNSUPPORTED: sanitize-stack
// A stack overflow is gc's fatal error whatever the frame size: frames of 100 KB and of 2.4 MB
// probe the stack page by page, so the overflow faults on the guard page rather than past it;
// and in a goroutine other than main (all goroutines run on the one 1 GB stack).
package main

import "os"

func direct(n int) int { return direct(n + 1) }

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
