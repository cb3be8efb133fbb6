// RUN: %gosubc build -O0 -o %t0 %s
// RUN: %gosubc build -O2 -o %t2 %s
// RUN: sh -c '%t0 run; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=OOM
// RUN: sh -c '%t2 run; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=OOM
// An allocation the size limits allow (1<<46 bytes) that the machine cannot back stops with gc's
// fatal error (expected lines from gc 1.19's output; gc lists its runtime frames under `runtime stack:`,
// gosub hides its own): no panic, not recoverable, exit status 2.
package main

func main() {
	n := 1 << 46
	b := make([]byte, n)
	println(len(b))
}

// OOM: fatal error: runtime: out of memory
// OOM-EMPTY:
// OOM-NEXT: runtime stack:
// OOM: goroutine 1 [running]:
// OOM: exit status 2
