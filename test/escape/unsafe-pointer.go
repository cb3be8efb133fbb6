// RUN: %gosubc build -m -l -O0 -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// unsafe.Pointer as gc 1.19 models it: a conversion to unsafe.Pointer keeps the flow, a uintptr
// carries none, except that unsafe.Pointer(uintptr arithmetic) follows the arithmetic back to the
// converted pointers (gc's unsafeValue); unsafe.Add and unsafe.Slice point where their pointer does.
package main

import "unsafe"

var sink unsafe.Pointer
var sinku uintptr

// CHECK-DAG: unsafe-pointer.go:[[#@LINE+1]]:14: leaking param: p to result ~r0 level=0
func convert(p *float64) *uint64 {
	return (*uint64)(unsafe.Pointer(p))
}

func arithAdd() unsafe.Pointer {
	// CHECK-DAG: unsafe-pointer.go:[[#@LINE+1]]:6: moved to heap: x
	var x [2]byte
	return unsafe.Pointer(uintptr(unsafe.Pointer(&x[0])) + 1)
}

func arithMask() unsafe.Pointer {
	// CHECK-DAG: unsafe-pointer.go:[[#@LINE+1]]:6: moved to heap: x
	var x [2]byte
	return unsafe.Pointer(uintptr(unsafe.Pointer(&x[1])) &^ 1)
}

// CHECK-DAG: unsafe-pointer.go:[[#@LINE+1]]:16: p does not escape
func toUintptr(p *int) uintptr {
	return uintptr(unsafe.Pointer(p))
}

func storeUintptr() {
	var x int
	sinku = uintptr(unsafe.Pointer(&x))
}

func fromUintptr(u uintptr) unsafe.Pointer {
	return unsafe.Pointer(u)
}

func viaVar() unsafe.Pointer {
	var x int
	u := uintptr(unsafe.Pointer(&x))
	return unsafe.Pointer(u)
}

// CHECK-DAG: unsafe-pointer.go:[[#@LINE+1]]:10: leaking param: p to result ~r0 level=0
func add(p *int) unsafe.Pointer {
	return unsafe.Add(unsafe.Pointer(p), 8)
}

// CHECK-DAG: unsafe-pointer.go:[[#@LINE+1]]:12: leaking param: p to result ~r0 level=0
func slice(p *int) []int {
	return unsafe.Slice(p, 4)
}

// CHECK-DAG: unsafe-pointer.go:[[#@LINE+1]]:11: leaking param: p
func leak(p *int) {
	sink = unsafe.Pointer(p)
}

func local() int {
	var x [4]int
	s := unsafe.Slice(&x[0], 4)
	return s[1]
}

func main() {
	f := 1.0
	convert(&f)
	arithAdd()
	arithMask()
	// CHECK-DAG: unsafe-pointer.go:[[#@LINE+1]]:6: moved to heap: y
	var y int
	toUintptr(&y)
	storeUintptr()
	fromUintptr(0)
	viaVar()
	add(&y)
	slice(&y)
	leak(&y)
	local()
}
