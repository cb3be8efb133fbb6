// RUN: %gosubc build -m -O0 -emit-llvm -o %t.ll %s 2>&1 | FileCheck %s --implicit-check-not="can inline" --implicit-check-not="inlining call"
// gc 1.19 counts a call of encoding/binary's byte-order methods as one node on amd64 (Go issue
// 42958), so a function using two of them is still cheap enough to inline. -m names another
// package's function by the package's name, not its path. Output equal to gc 1.19's. (It is
// not linked: encoding/binary imports reflect, which gosub's runtime cannot link yet.)
package main

import "encoding/binary"

// CHECK: {{.*}}cheap-binary.go:[[#@LINE+3]]:6: can inline endian
// CHECK: {{.*}}cheap-binary.go:[[#@LINE+3]]:35: inlining call to binary.littleEndian.Uint64
// CHECK: {{.*}}cheap-binary.go:[[#@LINE+2]]:64: inlining call to binary.bigEndian.Uint64
func endian(b []byte) uint64 {
	return binary.LittleEndian.Uint64(b) + binary.BigEndian.Uint64(b)
}

// CHECK: {{.*}}cheap-binary.go:[[#@LINE+4]]:6: can inline main
// CHECK: {{.*}}cheap-binary.go:[[#@LINE+4]]:16: inlining call to endian
// CHECK: {{.*}}cheap-binary.go:[[#@LINE+3]]:16: inlining call to binary.littleEndian.Uint64
// CHECK: {{.*}}cheap-binary.go:[[#@LINE+2]]:16: inlining call to binary.bigEndian.Uint64
func main() {
	println(endian([]byte{1, 0, 0, 0, 0, 0, 0, 2}))
}

// CHECK: {{.*}}cheap-binary.go:13:13: b does not escape
// CHECK: {{.*}}cheap-binary.go:22:23: []byte{...} does not escape

