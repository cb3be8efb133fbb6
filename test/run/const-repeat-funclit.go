// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// A constant spec without values repeats the previous expressions, a function literal inside
// unsafe.Sizeof included (Go's fixedbugs/issue30709.go; gosubc crashed on it).
package main

import "unsafe"

const (
	x = unsafe.Sizeof(func() {})
	y
)

func main() {
	const (
		z = unsafe.Sizeof(func() {})
		t
	)
	println(x == y, y > 0, z == t, t == 8) // CHECK: true true true true
}
