// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Package unsafe: Sizeof/Alignof/Offsetof as gc lays out amd64 (constants usable as array
// lengths), *T <-> Pointer <-> uintptr, Add, Slice and its nil check, Pointer in maps and interfaces.
package main

import (
	"fmt"
	"unsafe"
)

type Inner struct {
	a byte
	b int32
}

type S struct {
	x  bool
	c  complex64
	s  string
	Inner
	p  *Inner
	e  [0]int64
}

type E struct {
	n int16
	*Inner
}

func main() {
	var s S
	println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.c), unsafe.Offsetof(s.s), unsafe.Offsetof(s.b), unsafe.Offsetof(s.Inner), unsafe.Offsetof(s.e))
	println(unsafe.Sizeof(1), unsafe.Sizeof(1.5i), unsafe.Sizeof("x"), unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(struct{}{}), unsafe.Alignof(s.b), unsafe.Sizeof(any(1)))
	const k = unsafe.Sizeof(int64(0)) * 2
	var arr [k]byte
	fmt.Println(len(arr), k)
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	a := [4]int32{10, 20, 30, 40}
	p := unsafe.Pointer(&a[0])
	p2 := unsafe.Pointer(uintptr(p) + 2*unsafe.Sizeof(a[0]))
	println(*(*int32)(p2), *(*int32)(unsafe.Add(p, 4)), *(*int32)(unsafe.Add(p2, -4)))
	sl := unsafe.Slice(&a[1], 3)
	fmt.Println(sl, len(sl), cap(sl))
	var np unsafe.Pointer
	println(np == nil, p != nil, np)
	m := map[unsafe.Pointer]int{p: 1, nil: 2}
	fmt.Println(len(m), m[p], m[nil])
	var i interface{} = p
	_, ok := i.(unsafe.Pointer)
	fmt.Println(ok, i == interface{}(p))
	var e E
	_ = e
	b := []byte("hello")
	str := unsafe.Slice(&b[0], len(b))
	fmt.Println(string(str[1:3]))
	defer func() { fmt.Println(recover()) }()
	var nilp *int
	_ = unsafe.Slice(nilp, 2)
}

// CHECK: 56 8 4 16 36 32 48
// CHECK-NEXT: 8 16 16 24 8 0 4 16
// CHECK-NEXT: 16 16
// CHECK-NEXT: 0x3ff8000000000000
// CHECK-NEXT: 30 20 20
// CHECK-NEXT: [20 30 40] 3 3
// CHECK-NEXT: true true 0x0
// CHECK-NEXT: 2 1 2
// CHECK-NEXT: true true
// CHECK-NEXT: el
// CHECK-NEXT: runtime error: unsafe.Slice: ptr is nil and len is not zero
