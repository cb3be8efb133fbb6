// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s
// panic with an int prints it with gc's format for the dynamic type.
package main

func main() {
	x := 42
	panic(x)
	// CHECK: panic: 42
	// CHECK: exit status 2
}
