// RUN: %gosubc build -m=2 -O0 -o %t %s 2>&1 | FileCheck %s
// RUN: %gosubc build -m -O0 -o %t %s 2>&1 | FileCheck %s --check-prefix=M1 --allow-empty
// Each reason gc 1.19 gives for never inlining a function, in its -m=2 words (-m alone prints
// none of them): //go:noinline, defer, go, recover, a type declaration, a call to itself.
package main

// M1-NOT: inline

// CHECK: {{.*}}refusals.go:[[#@LINE+2]]:6: cannot inline noinl: marked go:noinline
//go:noinline
func noinl(x int) int { return x }

// CHECK: {{.*}}refusals.go:[[#@LINE+1]]:6: cannot inline withDefer: unhandled op DEFER
func withDefer() { defer println() }

// CHECK: {{.*}}refusals.go:[[#@LINE+1]]:6: cannot inline withGo: unhandled op GO
func withGo() { go println() }

// CHECK: {{.*}}refusals.go:[[#@LINE+1]]:6: cannot inline withRecover: call to recover
func withRecover() { recover() }

// CHECK: {{.*}}refusals.go:[[#@LINE+1]]:6: cannot inline withType: unhandled op DCLTYPE
func withType() int {
	type U int
	return int(U(1))
}

// CHECK: {{.*}}refusals.go:[[#@LINE+1]]:6: cannot inline rec: recursive
func rec(n int) int {
	if n == 0 {
		return 0
	}
	return rec(n - 1)
}

// CHECK: {{.*}}refusals.go:[[#@LINE+1]]:6: cannot inline main: function too complex: cost 357 exceeds budget 80
func main() {
	println(noinl(1), rec(2), withType())
	withDefer()
	withGo()
	withRecover()
}
