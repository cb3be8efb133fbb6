// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s
// Deferred calls run while a panic unwinds; a panic raised by one of them is reported after the
// first, which gc marks as recovered when the deferred call had recovered it.
package main

func f() {
	defer func() {
		r := recover()
		println("recovered", r.(string))
		panic("second")
	}()
	defer println("deferred print")
	panic("first")
}

func main() {
	defer println("main's deferred call runs too")
	f()
}

// CHECK: deferred print
// CHECK-NEXT: recovered first
// CHECK-NEXT: main's deferred call runs too
// CHECK-NEXT: panic: first [recovered]
// CHECK-NEXT: 	panic: second
// CHECK: exit status 2
