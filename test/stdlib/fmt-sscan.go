// RUN: %gosubc run %s | FileCheck %s
// Sscan: one operand of each type, %v's base prefixes and underscores, and n and err when the input is short or wrong.
// Expected output: gc 1.19's.
// CHECK: 10 <nil> 42 -7 31 1000 2500 1.25 hello bytes true (1+2i)
// CHECK-NEXT: 6 <nil> 5 15 15 -9223372036854775808 18446744073709551615
// CHECK-NEXT: 9 <nil> NaN -Inf false
// CHECK-NEXT: 1 EOF
// CHECK-NEXT: 0 EOF true
// CHECK-NEXT: 1 expected integer
// CHECK-NEXT: 0 integer overflow on token 300
// CHECK-NEXT: 0 unsigned integer overflow on token 70000
// CHECK-NEXT: 0 expected integer
// CHECK-NEXT: 0 strconv.ParseInt: parsing "99999999999999999999": value out of range
// CHECK-NEXT: 0 strconv.ParseFloat: parsing "1e50": value out of range
// CHECK-NEXT: 0 strconv.ParseFloat: parsing "": invalid syntax
// CHECK-NEXT: 0 syntax error scanning boolean
// CHECK-NEXT: 0 syntax error scanning complex number
// CHECK-NEXT: 0 type not a pointer: int
// CHECK-NEXT: 0 can't scan type: *map[string]int
package main

import (
	"fmt"
	"io"
)

func main() {
	var (
		i   int
		i8  int8
		u16 uint16
		u   uint
		i64 int64
		u64 uint64
		f   float64
		f32 float32
		s   string
		bs  []byte
		b   bool
		c   complex128
	)
	n, err := fmt.Sscan(" 42\n -7 0x1F 1_000 2.5e3 1.25 hello bytes true (1+2i)", &i, &i8, &u16, &u, &f, &f32, &s, &bs, &b, &c)
	fmt.Println(n, err, i, i8, u16, u, f, f32, s, string(bs), b, c)
	n, err = fmt.Sscan("0b101 0o17 017 -0x10 -9223372036854775808 18446744073709551615", &i, &i8, &u16, &i64, &i64, &u64)
	fmt.Println(n, err, i, i8, u16, i64, u64)
	n, err = fmt.Sscan("1.5p3 0x1p-2 nan -Inf T F 0 1 FALSE", &f, &f32, &f, &f32, &b, &b, &b, &b, &b)
	fmt.Println(n, err, f, f32, b)

	n, err = fmt.Sscan("1", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("   \n ", &i, &u)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscan("1 x", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err)
	n, err = fmt.Sscan("70000", &u16)
	fmt.Println(n, err)
	n, err = fmt.Sscan("-5", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1e50", &f32)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("tru", &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1+2", &c)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", i)
	fmt.Println(n, err)
	var m map[string]int
	n, err = fmt.Sscan("1", &m)
	fmt.Println(n, err)
}
