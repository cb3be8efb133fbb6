// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s
// Interfaces built at run time match methods by name AND signature (Go spec: Interface types).
package main

type S struct{}
type T struct{}

func (*S) Name() int8  { return 1 }
func (*T) Name() int64 { return 64 }

type I1 interface{ Name() int8 }
type I2 interface{ Name() int64 }

func main() {
	var i1 I1 = &S{}
	var e interface{} = &T{}
	_, ok := i1.(I2)
	println(ok) // CHECK: false
	j, ok := e.(I2)
	println(ok, j.Name()) // CHECK-NEXT: true 64
	_, ok = e.(I1)
	println(ok) // CHECK-NEXT: false
	_ = i1.(I2)
}

// CHECK-NEXT: panic: interface conversion: *main.S is not main.I2: missing method Name
// CHECK: exit status 2
