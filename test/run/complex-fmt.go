// RUN: %gosubc build -o %t %s && %t | FileCheck %s
// fmt prints complex numbers as (re+imi) with each verb; complex values in interfaces, type
// switches, map keys (sorted by real then imaginary part), structs, arrays and slices.
package main

import "fmt"

type P struct {
	c complex64
	n int
}

func main() {
	x := 1 + 2i
	var f complex64 = -1.5i
	fmt.Println(x, f, complex(1e21, -1e-7))
	fmt.Printf("%v %g %f %e %.2f %+v %8.1f|\n", x, x, x, x, f, x, x)
	var i interface{} = x
	switch v := i.(type) {
	case complex64:
		fmt.Println("c64", v)
	case complex128:
		fmt.Println("c128", v)
	}
	fmt.Println(i == interface{}(1+2i), i != interface{}(complex64(1+2i)))
	m := map[complex128]int{1i: 1, 2: 2}
	m[x]++
	m[x]++
	fmt.Println(m, len(m), m[1i])
	fmt.Println(P{3i, 4}, [2]complex64{1, 2i}, []complex128{x * x})
	fmt.Printf("%T %T %d\n", x, f, x)
}

// CHECK: (1+2i) (0-1.5i) (1e+21-1e-07i)
// CHECK-NEXT: (1+2i) (1+2i) (1.000000+2.000000i) (1.000000e+00+2.000000e+00i) (0.00-1.50i) (1+2i) (     1.0    +2.0i)|
// CHECK-NEXT: c128 (1+2i)
// CHECK-NEXT: true true
// CHECK-NEXT: map[(0+1i):1 (1+2i):2 (2+0i):2] 3 1
// CHECK-NEXT: {(0+3i) 4} [(1+0i) (0+2i)] [(-3+4i)]
// CHECK-NEXT: complex128 complex64 %!d(complex128=(1+2i))
