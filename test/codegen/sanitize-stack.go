// RUN: %gosubc build -sanitize=stack -emit-llvm -O2 -o %t.ll %s && FileCheck %s < %t.ll
// -sanitize=stack instruments every function with AddressSanitizer (stack-use-after-return).
package main

// CHECK: define {{.*}}i64 @main.sum({{.*}} #[[ATTR:[0-9]+]]
//
//go:noinline
func sum(n int) int {
	a := [4]int{1, 2, 3, n}
	s := 0
	for i := range a {
		s += a[i]
	}
	return s
}

func main() { println(sum(4)) }

// CHECK: attributes #[[ATTR]] = {{.*}}sanitize_address
