// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// An embedded alias is named by the alias (struct{ Int } has field Int), so it is a distinct type.
package main

type Int = int

type A = struct{ int }
type B = struct{ Int }

func main() {
	var x, y interface{} = A{}, B{}
	b := B{}
	b.Int = 3
	println(x == y, b.Int) // CHECK: false 3
	{
		type C = int32
		x = struct{ C }{}
	}
	{
		type C = uint32
		y = struct{ C }{}
	}
	println(x == y) // CHECK-NEXT: false
}
