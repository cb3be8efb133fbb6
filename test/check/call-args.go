// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Argument counts: gc lists what the call has and what the function wants.
package main

func f(a, b int) {}

func v(s string, xs ...int) {}

func main() {
	// CHECK: call-args.go:[[#@LINE+3]]:4: not enough arguments in call to f
	// CHECK-NEXT: have (number)
	// CHECK-NEXT: want (int, int)
	f(1)
	// CHECK: call-args.go:[[#@LINE+3]]:10: too many arguments in call to f
	// CHECK-NEXT: have (number, number, number)
	// CHECK-NEXT: want (int, int)
	f(1, 2, 3)
	// CHECK: call-args.go:[[#@LINE+3]]:2: not enough arguments in call to v
	// CHECK-NEXT: have ()
	// CHECK-NEXT: want (string, ...int)
	v()
	// CHECK: call-args.go:[[#@LINE+1]]:9: cannot use "x" (untyped string constant) as int value in argument to v
	v("a", "x")
}
