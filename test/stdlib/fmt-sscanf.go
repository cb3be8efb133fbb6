// RUN: %gosubc run %s | FileCheck %s
// Sscanf: verbs, widths, literal text and %%, the newline rules of the format, and its errors.
// Expected output: gc 1.19's.
// CHECK: 3 <nil> val 12 34
// CHECK-NEXT: 4 <nil> 255 511 5 120
// CHECK-NEXT: 2 <nil> 12 345
// CHECK-NEXT: 5 <nil> "a\tb" 3.5 400 "é" true
// CHECK-NEXT: 4 <nil> 104 233 llo wörld
// CHECK-NEXT: 1 <nil> 128512
// CHECK-NEXT: 2 <nil> 5 6
// CHECK-NEXT: 2 <nil> 5 6
// CHECK-NEXT: 2 <nil> 5 6
// CHECK-NEXT: 1 newline in input does not match format
// CHECK-NEXT: 1 newline in format does not match input
// CHECK-NEXT: 1 EOF
// CHECK-NEXT: 1 too few operands for format '%d %d'
// CHECK-NEXT: 1 too many operands
// CHECK-NEXT: 0 unexpected EOF
// CHECK-NEXT: 0 input does not match format
// CHECK-NEXT: 1 missing verb: % at end of format string
// CHECK-NEXT: 0 bad verb '%s' for integer
// CHECK-NEXT: 0 bad verb '%d' for float64
// CHECK-NEXT: 0 overflow on character value é
// CHECK-NEXT: 0 unexpected EOF
// CHECK-NEXT: 0 expected quoted string
// CHECK-NEXT: 0 no hex data for %x string
// CHECK-NEXT: 0 unexpected EOF
package main

import "fmt"

func main() {
	var (
		i, j int
		u    uint
		u16  uint16
		i8   int8
		r    rune
		f    float64
		f32  float32
		s    string
		bs   []byte
		b    bool
	)
	n, err := fmt.Sscanf("key=val 12:34 %", "key=%s %d:%d %%", &s, &i, &u)
	fmt.Println(n, err, s, i, u)
	n, err = fmt.Sscanf("ff 777 101 x", "%x %o %b %c", &i, &u, &u16, &r)
	fmt.Println(n, err, i, u, u16, r)
	n, err = fmt.Sscanf("12345", "%2d%3d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf(`"a\tb" 3.5 4e2 c3a9 t`, "%q %f %g %x %t", &s, &f, &f32, &bs, &b)
	fmt.Printf("%d %v %q %v %v %q %v\n", n, err, s, f, f32, bs, b)
	n, err = fmt.Sscanf("héllo wörld", "%c%c%s %s", &r, &i, &s, &bs)
	fmt.Println(n, err, r, i, s, string(bs))
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	fmt.Println(n, err, r)
	n, err = fmt.Sscanf("5 6", "%d%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("5\n6", "%d\n%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("5  \n  6", "%d \n %d", &i, &j)
	fmt.Println(n, err, i, j)

	n, err = fmt.Sscanf("5\n6", "%d %d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d\n%d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d %d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d %d %d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("", "a%d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "abd")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d%", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%s", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1.5", "%d", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("é", "%c", &i8)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`"unterminated`, "%q", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`abc`, "%q", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`zz`, "%x", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`a`, "%x", &s)
	fmt.Println(n, err)
}
