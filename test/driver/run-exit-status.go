// RUN: sh -c '%gosubc run %s; echo "exit status $?"' 2>&1 | FileCheck %s
// run passes the program's exit status through: a panic exits 2.
package main

func main() {
	println("before") // CHECK: before
	panic("boom")     // CHECK: panic: boom
	// CHECK: exit status 2
}
