// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Type assertions need an interface operand and a type that could implement it.
package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

func main() {
	x := 1
	// CHECK: type-assert.go:[[#@LINE+1]]:6: invalid operation: x (variable of type int) is not an interface
	_ = x.(int)
	var i I = &T{}
	_ = i.(*T)
	// CHECK: type-assert.go:[[#@LINE+2]]:6: impossible type assertion: i.(T)
	// CHECK-NEXT: T does not implement I (M method has pointer receiver)
	_ = i.(T)
	// CHECK: type-assert.go:[[#@LINE+1]]:12: cannot use T{} (value of type T) as type I in variable declaration:
	var j I = T{}
	_ = j
}
