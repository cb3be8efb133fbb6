// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=generic-unsafe.go:
// unsafe.Sizeof, Alignof and Offsetof of a value whose type depends on a type parameter are not
// constants in a generic body (each instance has its own), as in gc.
package main

import "unsafe"

func Size[T any](x T) uintptr { return unsafe.Sizeof(x) }

func ConstSize[T any](x T) {
	// CHECK: generic-unsafe.go:[[#@LINE+1]]:12: unsafe.Sizeof(x) (value of type uintptr) is not constant
	const c = unsafe.Sizeof(x)
}

func ArrayLen[T any](x T) {
	// CHECK: generic-unsafe.go:[[#@LINE+1]]:9: array length unsafe.Alignof(x) (value of type uintptr) must be constant
	var a [unsafe.Alignof(x)]int
	_ = a
}

type Pair[T any] struct {
	a T
	b int
}

func Offset[T any](p Pair[T]) {
	// CHECK: generic-unsafe.go:[[#@LINE+1]]:14: unsafe.Offsetof(p.b) (value of type uintptr) is not constant
	const off = unsafe.Offsetof(p.b)
}

func Fixed[T any](p *T) {
	const c = unsafe.Sizeof(p)
	_ = c
}

func main() {
	println(Size(int8(1)), Size("s"))
}
