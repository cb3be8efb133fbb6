// RUN: %gosubc build -emit-llvm -O2 -o %t.ll %s && FileCheck %s < %t.ll
// RUN: %gosubc build -S -O3 -o %t.s %s && FileCheck %s --check-prefix=ASM < %t.s
// Go has no tail calls: at -O2 and -O3 a call in tail position stays a call (no loop from
// TailCallElim, no `jmp` from the backend's sibling calls), in the self-recursive, accumulator
// and mutually recursive forms, so runaway recursion overflows the stack as in gc
// (run/stack-overflow.go checks the fatal error).
package main

// CHECK-LABEL: define {{.*}} @main.direct(
// CHECK: call {{.*}} @main.direct(
// ASM-LABEL: main.direct:
// ASM: callq main.direct
func direct(n int) int { return direct(n + 1) }

// CHECK-LABEL: define {{.*}} @main.accumulate(
// CHECK: call {{.*}} @main.accumulate(
// ASM-LABEL: main.accumulate:
// ASM: callq main.accumulate
func accumulate(n, acc int) int {
	if n < 0 {
		return acc
	}
	return accumulate(n+1, acc+n)
}

//go:noinline
func ping(n int) int {
	if n < 0 {
		return 0
	}
	return pong(n + 1)
}

// CHECK-LABEL: define {{.*}} @main.pong(
// CHECK: call {{.*}} @main.ping(
// ASM-LABEL: main.pong:
// ASM-NOT: jmp{{.*}}main.ping
// ASM: callq main.ping
//
//go:noinline
func pong(n int) int { return ping(n + 2) }

// CHECK: attributes {{.*}}"disable-tail-calls"="true"
func main() {
	println(direct(0), accumulate(0, 0), ping(0))
}
