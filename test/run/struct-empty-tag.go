// RUN: %gosubc build -o %t %s && %t | FileCheck %s
// Go spec, Struct types: an empty tag string is equivalent to an absent tag, so the two struct
// types below are identical (Go's fixedbugs/issue15439.go asks it of gc too).
package main

import "fmt"

func main() {
	a := &struct{ x int }{}
	b := &struct{ x int "" }{1}
	a = b
	var i any = *b
	_, same := i.(struct{ x int })
	fmt.Println(a.x, same) // CHECK: 1 true
	fmt.Printf("%T\n", b)  // CHECK-NEXT: *struct { x int }
	_, tagged := i.(struct{ x int "t" })
	fmt.Println(tagged) // CHECK-NEXT: false
}
