// RUN: %gosubc build -m=2 -O0 -o %t %s 2>&1 | FileCheck %s --implicit-check-not=inline
// The budget: a body costing more than 80 is never inlined; a call of a function that is not
// inlined costs 57, one that is costs the callee's body (mid-stack inlining). Costs and bodies
// as gc 1.19's -m=2 prints them.
package main

// CHECK: {{.*}}budget.go:[[#@LINE+1]]:6: cannot inline big: function too complex: cost 131 exceeds budget 80
func big(x int) int {
	x = x*x + x*3 + x/7 + x%5 + x<<2 + x>>1 + x*x*x + x ^ 5 + x&3 + x | 9
	x = x*x + x*3 + x/7 + x%5 + x<<2 + x>>1 + x*x*x + x ^ 5 + x&3 + x | 9
	x = x*x + x*3 + x/7 + x%5 + x<<2 + x>>1 + x*x*x + x ^ 5 + x&3 + x | 9
	return x
}

// CHECK-NEXT: {{.*}}budget.go:[[#@LINE+1]]:6: can inline small with cost 6 as: func(int) int { return x * x + 1 }
func small(x int) int { return x*x + 1 }

// CHECK-NEXT: {{.*}}budget.go:[[#@LINE+2]]:6: can inline calls with cost 71 as: func(int) int { return big(x) + small(x) }
// CHECK-NEXT: {{.*}}budget.go:[[#@LINE+1]]:46: inlining call to small
func calls(x int) int { return big(x) + small(x) }

// CHECK-NEXT: {{.*}}budget.go:[[#@LINE+3]]:6: can inline main with cost 75 as: func() { println(calls(3)) }
// CHECK-NEXT: {{.*}}budget.go:[[#@LINE+2]]:28: inlining call to calls
// CHECK-NEXT: {{.*}}budget.go:[[#@LINE+1]]:28: inlining call to small
func main() { println(calls(3)) }
