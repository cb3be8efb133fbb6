// RUN: %gosubc build -O0 -o %t0 %s && %t0 > %t0.out && FileCheck %s < %t0.out
// RUN: %gosubc build -O2 -o %t2 %s && %t2 > %t2.out && FileCheck %s < %t2.out
// RUN: %gosubc build -escape=off -o %t3 %s && %t3 > %t3.out && FileCheck %s < %t3.out
// Package-level data built at compile time behaves as if main..init had built it: shared
// objects, writable backing arrays, boxed values, and heap objects kept alive by static ones.
package main

import "fmt"

type Range struct {
	Lo, Hi uint16
	Stride uint16
}

type Table struct {
	R16         []Range
	LatinOffset int
	Name        string
	Next        *Table
}

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

var _L = &Table{R16: []Range{{0x41, 0x5a, 1}, {0x61, 0x7a, 1}}, LatinOffset: 2, Name: "L"}
var L = _L
var Tables = []*Table{_L, {Name: "anon", Next: _L}}
var counts = [5]int{1, 2, 3: 4}
var words = []string{"alpha", "", "gamma"}
var pcount = &counts
var fn = double
var lit = func(x int) int { return x + 1 }
var boxed interface{} = 42
var shape Shape = Sq{3}
var named = Sq{5}
var pi = 3.25
var flag = true
var nilmap map[string]int
var nilslice []int = nil
var empty = []int{}
var m = map[string]*Table{"L": L, "x": nil}

// a is static, but f changes it before b is initialised: b must see 5 (gc 1.19's static
// initialisation copies a's initializer and prints 1; the spec says 5).
var a = 1
var c = f()
var b = a

func f() int { a = 5; return 0 }
func double(x int) int { return 2 * x }

var holder = &Table{Name: "static"}
var junk *Table

func main() {
	fmt.Println(len(L.R16), L.R16[1].Hi, L.LatinOffset, L.Name, L == _L) // CHECK: 2 122 2 L true
	fmt.Println(len(Tables), Tables[1].Name, Tables[1].Next == _L, Tables[0] == L) // CHECK-NEXT: 2 anon true true
	fmt.Println(counts, len(words), words[2], pcount[3], fn(21), lit(1)) // CHECK-NEXT: [1 2 0 4 0] 3 gamma 4 42 2
	fmt.Println(boxed, shape.Area(), named.Area(), pi, flag, nilmap == nil, nilslice == nil, empty == nil, len(empty)) // CHECK-NEXT: 42 9 25 3.25 true true true false 0
	fmt.Println(len(m), m["L"].Name, m["x"] == nil) // CHECK-NEXT: 2 L true
	fmt.Println(a, b, c) // CHECK-NEXT: 5 5 0
	counts[0] = 100
	pcount[1] = 200
	L.R16[0].Lo = 7
	words[1] = "beta"
	fmt.Println(counts, _L.R16[0], words) // CHECK-NEXT: [100 200 0 4 0] {7 90 1} [alpha beta gamma]
	holder.Next = &Table{Name: "heap"} // only the static object points at it
	for i := 0; i < 200000; i++ {
		junk = &Table{Name: "junk"} // collections reuse freed objects of this size meanwhile
	}
	fmt.Println(holder.Name, holder.Next.Name) // CHECK-NEXT: static heap
}
