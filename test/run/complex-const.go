// RUN: %gosubc build -o %t %s && %t | FileCheck %s
// Complex constants: exact arithmetic, real/imag/complex on constants, a complex constant with a
// zero imaginary part used as an integer or float, every imaginary literal form, rounding to complex64.
package main

import "fmt"

const (
	c1 = 1 + 2i
	c2 = c1 * c1 / (3 - 4i) // exact: (-3+4i)/(3-4i) == -1
	c3 = real(c1) + imag(c2) // an untyped float
	c4 = complex(1, 0)       // usable as an integer: its imaginary part is 0
)

var arr [int(c4) + 1]int

func main() {
	fmt.Println(c1, c2, c3, len(arr), c2 == -1, c1 != 1+2i)
	var f float32 = c4 * 3
	var i int = c2
	fmt.Println(f, i, 0123i, 0x10i, 1e2i, 0o17i, 0b11i, 1_0i, 0x1p-2i, .5i)
	var z complex64 = 1e38 + 1e-46i // the imaginary part rounds to 0 in float32
	fmt.Println(z, complex64(c1)*2, -c1)
}

// CHECK: (1+2i) (-1+0i) 1 2 true false
// CHECK-NEXT: 3 -1 (0+123i) (0+16i) (0+100i) (0+15i) (0+3i) (0+10i) (0+0.25i) (0+0.5i)
// CHECK-NEXT: (1e+38+0i) (2+4i) (-1-2i)
