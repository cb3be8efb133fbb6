// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Big arrays and structs are built and copied in memory, never as huge LLVM values.
package main

type Big struct {
	n   int
	buf [8 << 20]byte
}

var table = [16 << 20]byte{42, 7: 9}

func main() {
	b := new(Big)
	b.buf[100] = 5
	c := *b
	c.buf[100]++
	local := Big{n: 3}
	println(table[0], table[7], b.buf[100], c.buf[100], local.n) // CHECK: 42 9 5 6 3
}
