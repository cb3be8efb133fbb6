// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// fallthrough after a nested switch goes to the next clause of the outer switch.
package main

func f(x, y int) {
	switch x {
	case 1:
		switch y {
		case 1:
			print("inner1 ")
			fallthrough
		case 2:
			print("inner2 ")
		}
		fallthrough
	case 2:
		print("outer2 ")
	case 3:
		print("outer3 ")
	}
	println()
}

func main() {
	f(1, 1)
	f(1, 2)
	f(2, 0)
}

// CHECK: inner1 inner2 outer2
// CHECK-NEXT: inner2 outer2
// CHECK-NEXT: outer2
