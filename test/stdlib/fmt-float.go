// RUN: %gosubc build -o %t %s && %t > %t.out && diff %S/Inputs/fmt-float.out %t.out
// float verbs: %v as strconv's shortest %g, %e %f %g with flags, float32 rounding
package main

import "fmt"

func main() {
	var zero float64
	inf, nan := 1/zero, zero/zero
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e6, 1e21, 1e20, 123456789, 0.0001, 0.00001, 1.0 / 3, 2.5e-300, 6.02214076e23, 1.7976931348623157e308, 5e-324}
	for _, v := range vals {
		fmt.Printf("%v|%e|%E|%f|%.2f|%g|%.3g|%G|%10.3f|%-10.2e|%+.1f|%08.2f\n", v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Println(1.0, 2.5, -0.0, 1e-7, 100.0, 1e100, float32(0.1), float32(16777216), float32(1)/3)
	fmt.Printf("%v %v %v %5.1f %05.1f\n", inf, -inf, nan, inf, -inf)
	fmt.Printf("%#v %#g %#.3e %#.0f %x\n", 1.0, 1.0, 2.0, 3.0, 0)
	fmt.Printf("% .2f|%+.2f|% 8.3f|\n", 2.0, 2.0, -2.0)
	var f32 float32 = 3.4028235e38
	fmt.Println(f32, float64(f32), float32(1e-45))
	fmt.Printf("%6.2f%%\n", 99.5)
}
