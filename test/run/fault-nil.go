// RUN: %gosubc build -O0 -o %t0 %s %S/Inputs/fault-try.go
// RUN: %gosubc build -O2 -o %t2 %s %S/Inputs/fault-try.go
// RUN: sh -c '%t0 field; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,FIELD
// RUN: sh -c '%t2 field; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,FIELD
// RUN: sh -c '%t0 fieldb; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,FIELDB
// RUN: sh -c '%t2 fieldb; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,FIELDB
// RUN: sh -c '%t0 method; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,METHOD
// RUN: sh -c '%t2 method; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,METHOD
// RUN: sh -c '%t0 array; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,ARRAY
// RUN: sh -c '%t2 array; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,ARRAY
// RUN: sh -c '%t0 map; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAP
// RUN: sh -c '%t2 map; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,MAP
// RUN: sh -c '%t0 iface; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,IFACE
// RUN: sh -c '%t2 iface; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,IFACE
// Nil dereferences and nil maps, with gc's messages (expected lines from gc 1.19's output):
// a write to a nil map, a field read or written through a nil pointer, a method on a nil pointer
// that reads a field, a method call through an interface holding a nil pointer and on a nil
// interface, each recovered and printed; then one of them unrecovered per run, with gc's signal
// line (addr is the offset of the field, or of the element at a constant index of a nil array
// pointer, as gc's faulting load reports it), exit status 2.
// (try, in Inputs/fault-try.go, recovers a failure and prints its message.)
package main

import "os"

type T struct {
	a, b int
}

func (t *T) Get() int { return t.b }
func (t *T) Name() string { return "T" }

type Getter interface{ Get() int }

var m map[string]int
var p *T
var pa *[10]int

func main() {
	try("nil map write", func() { m["x"] = 1 })
	try("nil map op-assign", func() { m["y"] += 2 })
	try("field", func() { println(p.b) })
	try("field store", func() { p.a = 3 })
	try("method on nil pointer", func() { println(p.Get()) })
	try("interface holding nil pointer", func() { var g Getter = p; println(g.Get()) })
	try("method on nil interface", func() { var g Getter; println(g.Get()) })
	println("nil map read:", m["z"], len(m))
	println("method not using receiver:", p.Name())
	switch os.Args[1] {
	case "field":
		println(p.a)
	case "fieldb":
		println(p.b)
	case "method":
		println(p.Get())
	case "array":
		println(pa[3])
	case "map":
		m["x"] = 1
	case "iface":
		var g Getter
		println(g.Get())
	}
}


// CHECK: nil map write: assignment to entry in nil map
// CHECK-NEXT: nil map op-assign: assignment to entry in nil map
// CHECK-NEXT: field: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: field store: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: method on nil pointer: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: interface holding nil pointer: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: method on nil interface: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: nil map read: 0 0
// CHECK-NEXT: method not using receiver: T
// FIELD: panic: runtime error: invalid memory address or nil pointer dereference
// FIELD-NEXT: [signal SIGSEGV: segmentation violation code={{0x[0-9a-f]+}} addr=0x0 pc={{0x[0-9a-f]+}}]
// FIELD-EMPTY:
// FIELD-NEXT: goroutine 1 [running]:
// FIELD: exit status 2
// FIELDB: panic: runtime error: invalid memory address or nil pointer dereference
// FIELDB-NEXT: [signal SIGSEGV: segmentation violation code={{0x[0-9a-f]+}} addr=0x8 pc={{0x[0-9a-f]+}}]
// FIELDB-EMPTY:
// FIELDB-NEXT: goroutine 1 [running]:
// FIELDB: exit status 2
// METHOD: panic: runtime error: invalid memory address or nil pointer dereference
// METHOD-NEXT: [signal SIGSEGV: segmentation violation code={{0x[0-9a-f]+}} addr=0x8 pc={{0x[0-9a-f]+}}]
// METHOD-EMPTY:
// METHOD-NEXT: goroutine 1 [running]:
// METHOD: exit status 2
// ARRAY: panic: runtime error: invalid memory address or nil pointer dereference
// ARRAY-NEXT: [signal SIGSEGV: segmentation violation code={{0x[0-9a-f]+}} addr=0x18 pc={{0x[0-9a-f]+}}]
// ARRAY-EMPTY:
// ARRAY-NEXT: goroutine 1 [running]:
// ARRAY: exit status 2
// MAP: panic: assignment to entry in nil map
// MAP-EMPTY:
// MAP-NEXT: goroutine 1 [running]:
// MAP: exit status 2
// IFACE: panic: runtime error: invalid memory address or nil pointer dereference
// IFACE-NEXT: [signal SIGSEGV: segmentation violation code={{0x[0-9a-f]+}} addr=0x0 pc={{0x[0-9a-f]+}}]
// IFACE-EMPTY:
// IFACE-NEXT: goroutine 1 [running]:
// IFACE: exit status 2
