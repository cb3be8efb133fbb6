// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Recursive calls, if/else and println of ints, bools and strings.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool { return n%2 == 0 }

func main() {
	println(fib(30))           // CHECK: 832040
	println(isEven(fib(10)))   // CHECK-NEXT: false
	println("fib", 10, fib(10)) // CHECK-NEXT: fib 10 55
	print("a", 1, true, "\n")  // CHECK-NEXT: a1true
}
