// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// unsafe.Slice panics as gc's runtime/unsafe.go decides: a negative length, or a slice whose
// bytes would run past the end of the address space (their size overflowing, or p plus it
// wrapping around), is "len out of range"; with a nil p, "ptr is nil and len is not zero".
// Output as gc 1.19's (Go's test/unsafebuiltins.go asks the same).
package main

import (
	"math"
	"unsafe"
)

const maxUintptr = 1 << (8 * unsafe.Sizeof(uintptr(0)))

func try(name string, f func()) {
	defer func() { println(name, recover().(error).Error()) }()
	f()
}

func main() {
	try("nil", func() { _ = unsafe.Slice((*int)(nil), 1) })  // CHECK: nil runtime error: unsafe.Slice: ptr is nil and len is not zero
	try("nilhuge", func() { _ = unsafe.Slice((*[1 << 20]byte)(nil), 1 << 50) }) // CHECK-NEXT: nilhuge runtime error: unsafe.Slice: ptr is nil and len is not zero
	var neg int = -1
	try("neg", func() { _ = unsafe.Slice(new(byte), neg) }) // CHECK-NEXT: neg runtime error: unsafe.Slice: len out of range
	var tooBig uint64 = math.MaxUint64
	try("big", func() { _ = unsafe.Slice(new(byte), tooBig) })              // CHECK-NEXT: big runtime error: unsafe.Slice: len out of range
	try("size", func() { _ = unsafe.Slice(new(uint64), maxUintptr/8) })     // CHECK-NEXT: size runtime error: unsafe.Slice: len out of range
	try("size+1", func() { _ = unsafe.Slice(new(uint64), maxUintptr/8+1) }) // CHECK-NEXT: size+1 runtime error: unsafe.Slice: len out of range
	last := (*byte)(unsafe.Pointer(^uintptr(0)))
	println(len(unsafe.Slice(last, 1)))                        // CHECK-NEXT: 1
	try("wrap", func() { _ = unsafe.Slice(last, 2) })          // CHECK-NEXT: wrap runtime error: unsafe.Slice: len out of range
	println(unsafe.Slice((*int)(nil), 0) == nil)               // CHECK-NEXT: true
}
