// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s
// panic with a string value prints it after "panic: " and exits with status 2.
package main

func check(n int) {
	if n > 2 {
		panic("boom")
	}
	println("ok", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
	// CHECK: ok 0
	// CHECK-NEXT: ok 1
	// CHECK-NEXT: ok 2
	// CHECK-NEXT: panic: boom
	// CHECK-EMPTY:
	// CHECK-NEXT: goroutine 1 [running]:
	// CHECK: exit status 2
}
