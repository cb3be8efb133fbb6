// RUN: %gosubc build -emit-llvm -O0 -o %t.ll %s && FileCheck %s < %t.ll
// Package-level variables with static initializers are LLVM globals with initializers, and
// main..init stores only into the others (gc's staticinit).
package main

type Range struct{ Lo, Hi, Stride uint16 }

type Table struct {
	R16    []Range
	Latin  int
	Name   string
	Parent *Table
}

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }
func double(x int) int  { return 2 * x }

// CHECK: @main._L = global ptr @[[L:main..stmp[.0-9]*]],
var _L = &Table{R16: []Range{{0x41, 0x5a, 1}, {0x61, 0x7a, 1}}, Latin: 2, Name: "L"}

// A copy of a variable that is never assigned again: its initializer.
// CHECK: @main.L = global ptr @[[L]],
var L = _L

// CHECK: @main.counts = global [5 x i64] [i64 1, i64 2, i64 0, i64 4, i64 0]
var counts = [5]int{1, 2, 3: 4}

// CHECK: @main.words = global { ptr, i64, i64 } { ptr @[[W:main..stmp[.0-9]*]], i64 2, i64 2 }
var words = []string{"alpha", "beta"}

// CHECK: @main.pcount = global ptr @main.counts
var pcount = &counts

// CHECK: @main.fn = global ptr @"main.double\C2\B7f"
var fn = double

// CHECK: @main.boxed = global { ptr, ptr } { ptr @type.int, ptr @box.const
var boxed interface{} = 42

// CHECK: @main.shape = global { ptr, ptr } { ptr @"go.itab.main.Sq,main.Shape", ptr @box.const
var shape Shape = Sq{3}

// A call, and a copy of a variable assigned elsewhere, stay dynamic.
// CHECK: @main.n = global i64 0
// CHECK: @main.m = global i64 0
var n = double(2)
var m = counter
var counter = 1

// CHECK: @[[L]] = internal global {{.*}} { ptr @[[R:main..stmp[.0-9]*]], i64 2, i64 2 }, i64 2,
// CHECK: @[[W]] = internal global [2 x { ptr, i64 }]

// CHECK-LABEL: define void @main..init(
// CHECK-NOT: store {{.*}} @main.{{_L|L|counts|words|pcount|fn|boxed|shape}},
// CHECK: store i64 %call, ptr @main.n
// CHECK-NOT: store {{.*}} @main.{{_L|L|counts|words|pcount|fn|boxed|shape}},
// CHECK: store i64 %counter, ptr @main.m
// CHECK-NOT: store {{.*}} @main.{{_L|L|counts|words|pcount|fn|boxed|shape}},
// CHECK: ret void

func main() {
	counter++
	println(L.Name, counts[3], words[1], pcount[0], fn(2), boxed != nil, shape.Area(), n, m)
}
