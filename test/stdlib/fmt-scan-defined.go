// RUN: %gosubc run %s | FileCheck %s
// Scanning into pointers to defined types (*MyInt, *Celsius, *Name, *Bytes...) through their underlying type, as gc does with reflect; other pointers are refused with gc's text.
// Expected output: gc 1.19's.
// CHECK: 6 <nil> -12 36.6 bob raw true 200
// CHECK-NEXT: 0 unsigned integer overflow on token 300
// CHECK-NEXT: 2 <nil> 31 2.5
// CHECK-NEXT: 0 can't scan type: *main.Runes
// CHECK-NEXT: 0 can't scan type: **int
// CHECK-NEXT: 0 can't scan type: *struct { x int }
// CHECK-NEXT: 0 can't scan type: *main.MyInt
package main

import "fmt"

type MyInt int
type Celsius float64
type Name string
type Bytes []byte
type Flag bool
type Small uint8
type Runes []rune

func main() {
	var (
		i  MyInt
		c  Celsius
		n  Name
		b  Bytes
		f  Flag
		s  Small
		r  Runes
		pp *int
		st struct{ x int }
	)
	k, err := fmt.Sscan("-12 36.6 bob raw true 200", &i, &c, &n, &b, &f, &s)
	fmt.Println(k, err, i, c, n, string(b), f, s)
	k, err = fmt.Sscan("300", &s)
	fmt.Println(k, err)
	k, err = fmt.Sscanf("0x1f 2.5", "%v %e", &i, &c)
	fmt.Println(k, err, i, c)
	k, err = fmt.Sscan("1", &r)
	fmt.Println(k, err)
	k, err = fmt.Sscan("1", &pp)
	fmt.Println(k, err)
	k, err = fmt.Sscan("1", &st)
	fmt.Println(k, err)
	var np *MyInt
	k, err = fmt.Sscan("1", np)
	fmt.Println(k, err)
}
