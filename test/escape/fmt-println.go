// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Seed 5.2: &a passed to fmt.Println escapes; the ... slice does not.
package main

import "fmt"

// Seed 5.2: fmt.Println takes ...interface{}: &a passed to it escapes (fmt keeps its
// arguments in interfaces), and so do values boxed for it.
func printAddr() {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: a
	a := 42
	// CHECK: :[[#@LINE+1]]:13: ... argument does not escape
	fmt.Println(&a)
}

func printPtr() {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: b
	b := 42
	p := &b
	// CHECK: :[[#@LINE+1]]:13: ... argument does not escape
	fmt.Println(p)
}

func bar() *int {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: t
	t := 3
	return &t
}

func main() {
	printAddr()
	printPtr()
	x := bar()
	// CHECK: :[[#@LINE+3]]:13: ... argument does not escape
	// CHECK: :[[#@LINE+2]]:14: "x the value of : " escapes to heap
	// CHECK: :[[#@LINE+1]]:35: *x escapes to heap
	fmt.Println("x the value of : ", *x)
}
