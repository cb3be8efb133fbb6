// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A return statement must supply exactly the function's results.
package main

func f() int {
	// CHECK: return-count.go:[[#@LINE+3]]:2: not enough return values
	// CHECK-NEXT: have ()
	// CHECK-NEXT: want (int)
	return
}

func g() (int, string) {
	// CHECK: return-count.go:[[#@LINE+3]]:9: not enough return values
	// CHECK-NEXT: have (number)
	// CHECK-NEXT: want (int, string)
	return 1
}

func h() {
	// CHECK: return-count.go:[[#@LINE+3]]:9: too many return values
	// CHECK-NEXT: have (number)
	// CHECK-NEXT: want ()
	return 1
}

func k() (x int) {
	// CHECK: return-count.go:[[#@LINE+1]]:9: cannot use "s" (untyped string constant) as int value in return statement
	return "s"
}

func main() {}
