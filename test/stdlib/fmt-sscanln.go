// RUN: %gosubc run %s | FileCheck %s
// Sscanln stops at a newline and wants one (or the end of the input) after the last operand.
// Expected output: gc 1.19's.
// CHECK: 2 <nil> 1 2
// CHECK-NEXT: 2 <nil> 1 2
// CHECK-NEXT: 1 unexpected newline
// CHECK-NEXT: 0 unexpected newline
// CHECK-NEXT: 2 expected newline
// CHECK-NEXT: 1 EOF
// CHECK-NEXT: 0 EOF
package main

import "fmt"

func main() {
	var i, j int
	n, err := fmt.Sscanln("1 2\n3", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanln("  1 2  \r\n", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanln("1\n2", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("\n1 2", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("", &i)
	fmt.Println(n, err)
}
