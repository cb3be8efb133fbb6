// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Multiple results, named results with bare return, f(g()) and tuple assignment (swap).
package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func sum(a, b int) int { return a + b }

func named() (x, y int) {
	x, y = 1, 2
	return y, x
}

func main() {
	q, r := divmod(17, 5)
	println(q, r) // CHECK: 3 2
	a, b := swap("x", "y")
	println(a, b) // CHECK-NEXT: y x
	println(sum(divmod(17, 5))) // CHECK-NEXT: 5
	a, b = b, a
	println(a, b) // CHECK-NEXT: x y
	_, r = divmod(9, 4)
	println(r) // CHECK-NEXT: 1
	println(named()) // CHECK-NEXT: 2 1
	i, j, k := 1, 2, 3
	i, j, k = k, i, j
	println(i, j, k) // CHECK-NEXT: 3 1 2
}
