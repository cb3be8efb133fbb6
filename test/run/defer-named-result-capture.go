// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// `return v` assigns the named results, so a deferred closure capturing one sees v (by reference).
package main

func f() (x int) {
	defer func() { println("deferred sees", x) }()
	return 42
}

func g() (a, b int) {
	defer func() func() {
		return func() { println(a, b) }
	}()()
	return pair()
}

func pair() (int, int) { return 1, 2 }

func main() {
	println(f()) // CHECK: deferred sees 42
	g()          // CHECK-NEXT: 42
}

// CHECK-NEXT: 1 2
