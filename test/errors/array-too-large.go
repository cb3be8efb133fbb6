// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Arrays of 2^50 bytes or more, gc's limit on amd64, are refused at the declaration (found by
// the libFuzzer target's UBSan: the size overflowed int64 and the program was compiled).
package main

// CHECK: array-too-large.go:[[#@LINE+1]]:6: type [281474976710656]int64 larger than address space
type A [1 << 48]int64

// CHECK: array-too-large.go:[[#@LINE+1]]:5: type [4611686018427387904]int64 larger than address space
var g [1 << 62]int64

func main() {
	// CHECK: array-too-large.go:[[#@LINE+1]]:6: type [2305843009213693952][8]int64 larger than address space
	var b [1 << 61][8]int64
	_ = b
}

// The array behind a slice literal counts too: its length is the largest index plus one. gc
// reports these at the literal's brace, or at the name a declaration gives it; gosub always at
// the brace.
func slices() {
	// CHECK: array-too-large.go:[[#@LINE+1]]:15: type [4611686018427387906]int larger than address space
	var s = []int{1 << 62: 1, 2}
	// CHECK: array-too-large.go:[[#@LINE+1]]:21: type [1025][1099511627776]int8 larger than address space
	_ = [][1 << 40]int8{1 << 10: {}}
	_ = s
}
