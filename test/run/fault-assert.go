// RUN: %gosubc build -O0 -o %t0 %s %S/Inputs/fault-try.go
// RUN: %gosubc build -O2 -o %t2 %s %S/Inputs/fault-try.go
// RUN: sh -c '%t0 concrete; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,CONCRETE
// RUN: sh -c '%t2 concrete; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,CONCRETE
// RUN: sh -c '%t0 missing; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MISSING
// RUN: sh -c '%t2 missing; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MISSING
// RUN: sh -c '%t0 nil; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,NIL
// RUN: sh -c '%t2 nil; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,NIL
// Failed type assertions in each of gc's message forms (expected lines from gc 1.19's output):
// "interface {} is string, not int", "main.J is main.T, not *main.U", "main.T is not main.I:
// missing method M", "interface is nil, not main.I", "main.J is nil, not main.T"; each recovered
// and printed, then one unrecovered per run, exit status 2.
// (try, in Inputs/fault-try.go, recovers a failure and prints its message.)
package main

import "os"

type I interface{ M() }
type J interface{ N() }
type T struct{}
type U struct{}

func (T) N()  {}
func (*U) M() {}
func (*U) N() {}

func main() {
	var e interface{} = "s"
	var nile interface{}
	var j J = T{}
	var nilj J
	var i I = &U{}
	try("concrete", func() { println(e.(int)) })
	try("concrete named", func() { println(e.(T) == T{}) })
	try("concrete from iface", func() { println(j.(*U) != nil) })
	try("concrete from iface 2", func() { println(i.(*U) == nil, j.(T) == T{}) })
	try("missing method", func() { println(j.(I) != nil) })
	try("missing method from any", func() { var x interface{} = T{}; println(x.(I) != nil) })
	try("nil to iface", func() { println(nile.(I) != nil) })
	try("nil to concrete", func() { println(nile.(int)) })
	try("nil iface to iface", func() { println(nilj.(I) != nil) })
	try("nil iface to concrete", func() { println(nilj.(T) == T{}) })
	try("to error", func() { println(e.(error) != nil) })
	try("to any from nil", func() { println(nile.(interface{}) != nil) })
	v, ok := e.(int)
	println("comma ok:", v, ok)
	switch os.Args[1] {
	case "concrete":
		println(e.(int))
	case "missing":
		println(j.(I) != nil)
	case "nil":
		println(nile.(I) != nil)
	}
}

// CHECK: concrete: interface conversion: interface {} is string, not int
// CHECK-NEXT: concrete named: interface conversion: interface {} is string, not main.T
// CHECK-NEXT: concrete from iface: interface conversion: main.J is main.T, not *main.U
// CHECK-NEXT: false true
// CHECK-NEXT: concrete from iface 2: no panic
// CHECK-NEXT: missing method: interface conversion: main.T is not main.I: missing method M
// CHECK-NEXT: missing method from any: interface conversion: main.T is not main.I: missing method M
// CHECK-NEXT: nil to iface: interface conversion: interface is nil, not main.I
// CHECK-NEXT: nil to concrete: interface conversion: interface {} is nil, not int
// CHECK-NEXT: nil iface to iface: interface conversion: interface is nil, not main.I
// CHECK-NEXT: nil iface to concrete: interface conversion: main.J is nil, not main.T
// CHECK-NEXT: to error: interface conversion: string is not error: missing method Error
// CHECK-NEXT: to any from nil: interface conversion: interface is nil, not interface {}
// CHECK-NEXT: comma ok: 0 false
// CONCRETE: panic: interface conversion: interface {} is string, not int
// CONCRETE-EMPTY:
// CONCRETE-NEXT: goroutine 1 [running]:
// CONCRETE: exit status 2
// MISSING: panic: interface conversion: main.T is not main.I: missing method M
// MISSING-EMPTY:
// MISSING-NEXT: goroutine 1 [running]:
// MISSING: exit status 2
// NIL: panic: interface conversion: interface is nil, not main.I
// NIL-EMPTY:
// NIL-NEXT: goroutine 1 [running]:
// NIL: exit status 2
