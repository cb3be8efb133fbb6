// RUN: %gosubc build -O0 -o %t0 %s && %t0 > %t0.out && FileCheck %s < %t0.out
// RUN: %gosubc build -O2 -o %t2 %s && %t2 > %t2.out && FileCheck %s < %t2.out
// RUN: %gosubc build -escape=off -o %t3 %s && %t3 > %t3.out && FileCheck %s < %t3.out
// Big values passed, returned (also several results, through interfaces, func values and
// defer), ranged over and built from constant literals keep Go's copy semantics.
package main

import "fmt"

type Big struct {
	id  int
	buf [100]int
	tag string
}

type Namer interface{ Name(b Big) (Big, string) }
type N struct{}

func (N) Name(b Big) (Big, string) { b.id++; return b, fmt.Sprint("n", b.id) }

func fill(a [1 << 12]byte, v byte) [1 << 12]byte {
	for i := range a {
		a[i] += v
	}
	return a
}

func pair(b Big) (Big, int) {
	b.buf[99] = 7
	return b, b.buf[99] + b.id
}

func show(b Big) { fmt.Println("deferred", b.id, b.buf[1], b.tag) }

func table() [8]int {
	t := [8]int{1, 2, 3, 4, 5, 6, 7, 8} // constants: one copy of a read-only image
	t[0] = 100
	return t
}

func main() {
	var a [1 << 12]byte
	a[1] = 1
	b := fill(a, 2)
	fmt.Println(a[1], b[1], b[4095]) // CHECK: 1 3 2
	big := Big{id: 1, tag: "x"}
	big.buf[1] = 5
	defer show(big)
	c, n := pair(big)
	fmt.Println(c.buf[99], n, big.buf[99]) // CHECK-NEXT: 7 8 0
	var nm Namer = N{}
	d, s := nm.Name(c)
	fmt.Println(d.id, s, c.id) // CHECK-NEXT: 2 n2 1
	f := pair
	e, _ := f(d)
	fmt.Println(e.id, e.tag) // CHECK-NEXT: 2 x
	var arr [1000]int
	for i := range arr {
		arr[i] = i
	}
	sum := 0
	for i, v := range arr { // the loop sees the array as it was when range started
		arr[999-i] = 0
		sum += v
	}
	fmt.Println(sum, table(), table()[0]) // CHECK-NEXT: 499500 [100 2 3 4 5 6 7 8] 100
	xs := []Big{{id: 1}, {id: 2}}
	fmt.Println(len(xs), xs[1].id) // CHECK-NEXT: 2 2
	local := [6]string{"a", "b", "c", "d", "e", "f"}
	local[2] = "z"
	fmt.Println(local) // CHECK-NEXT: [a b z d e f]
	// CHECK-NEXT: deferred 1 5 x
}
