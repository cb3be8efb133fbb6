// RUN: %gosubc build -O0 -o %t0 %s && %t0 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 | FileCheck %s
// gc's order for values boxed into interfaces (fmt.Println's arguments): a local variable of a type boxed by address (int8, bool, structs, arrays, float32...) is copied where it stands among the calls; int64, strings, globals, fields and elements are read after the calls.
// The expected output is gc's (Go 1.19).
package main

import "fmt"

func main() {
	var v int8 = 10
	p := &v
	c := func() int8 { v += 51; *p ^= 3; return v * 2 }
	fmt.Println("eo", v, c(), v)
	var w int8 = 10
	d := func() int8 { w += 51; return w * 2 }
	fmt.Println("eo", w, d(), w)
	var x int = 10
	e := func() int { x += 51; return x * 2 }
	fmt.Println("eo", x, e(), x)
	var y int8 = 10
	g := func() int8 { y += 51; return 1 }
	fmt.Println("eo", y, g(), y)
	var z int8 = 10
	h := func() int8 { z += 51; return 7 }
	fmt.Println("eo", z, h())
}

var gb int8 = 10

type S struct{ a int8 }

func init() {
	gi := func() int8 { gb += 51; return 1 }
	fmt.Println("g", gb, gi(), gb)
	s := S{10}
	ps := &s
	si := func() int8 { s.a += 51; return 1 }
	fmt.Println("s", s.a, si(), ps.a, s, si(), s)
	b := true
	bf := func() bool { b = false; return true }
	fmt.Println("b", b, bf(), b)
	f32 := float32(1.5)
	ff := func() int { f32 = 2.5; return 0 }
	fmt.Println("f", f32, ff(), f32)
	c := complex(1, 2)
	cf := func() int { c = 3; return 0 }
	fmt.Println("c", c, cf(), c)
	arr := [3]int8{1, 2, 3}
	af := func() int { arr[0] = 9; return 0 }
	fmt.Println("a", arr, arr[0], af(), arr, arr[0])
	str := "x"
	sf := func() int { str = "y"; return 0 }
	fmt.Println("str", str, sf(), str)
	var pp *int
	pf := func() int { pp = new(int); return 0 }
	fmt.Println("p", pp == nil, pp != nil, pf(), pp == nil)
	u8 := uint8(4)
	uf := func() int { u8 = 5; return 0 }
	fmt.Println("e", u8+1, uf(), u8*2)
}

// CHECK: g 61 1 61
// CHECK-NEXT: s 112 1 112 {61} 1 {112}
// CHECK-NEXT: b true true false
// CHECK-NEXT: f 2.5 0 2.5
// CHECK-NEXT: c (1+2i) 0 (3+0i)
// CHECK-NEXT: a [1 2 3] 9 0 [9 2 3] 9
// CHECK-NEXT: str y 0 y
// CHECK-NEXT: p true false 0 false
// CHECK-NEXT: e 5 0 10
// CHECK-NEXT: eo 10 124 62
// CHECK-NEXT: eo 10 122 61
// CHECK-NEXT: eo 61 122 61
// CHECK-NEXT: eo 10 1 61
// CHECK-NEXT: eo 10 7
