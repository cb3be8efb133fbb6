// RUN: %gosubc build -O0 -o %t0 %s %S/Inputs/fault-try.go
// RUN: %gosubc build -O2 -o %t2 %s %S/Inputs/fault-try.go
// RUN: sh -c '%t0 index; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,INDEX
// RUN: sh -c '%t2 index; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,INDEX
// RUN: sh -c '%t0 slice; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,SLICE
// RUN: sh -c '%t2 slice; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,SLICE
// RUN: sh -c '%t0 convert; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,CONVERT
// RUN: sh -c '%t2 convert; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,CONVERT
// Index and slice bounds failures with every form of gc's message (expected lines from gc 1.19's
// output): indexes of slices, strings and arrays (negative, unsigned, uint8); [:x] with capacity
// or length, [x:y], [x:], the three-index forms [::x] [:x:y] [x:y:], their negative short forms,
// unsigned operands printed unsigned, and slice to array pointer conversions; each recovered and
// printed, then one unrecovered per run, exit status 2.
// (try, in Inputs/fault-try.go, recovers a failure and prints its message.)
package main

import "os"

var s = []int{1, 2, 3}
var str = "abc"
var arr [3]int

func main() {
	sc := make([]int, 2, 3)
	i, j, k := 5, 3, 2
	n := -1
	var u uint = 1 << 63
	var u8 uint8 = 200
	try("index", func() { println(s[i]) })
	try("index negative", func() { println(s[n]) })
	try("index unsigned", func() { println(s[u]) })
	try("index uint8", func() { println(s[u8]) })
	try("index string", func() { println(str[i]) })
	try("index array", func() { println(arr[i]) })
	try("index store", func() { s[i] = 1 })
	try("[:x] slice cap", func() { println(len(sc[:i])) })
	try("[:x] string len", func() { println(str[:i]) })
	try("[:x] array len", func() { println(len(arr[:i])) })
	try("[x:y]", func() { println(len(s[j:k])) })
	try("[x:] string", func() { println(str[i:]) })
	try("[x:] slice", func() { println(len(sc[i:])) })
	try("[:x] negative", func() { println(len(s[:n])) })
	try("[x:] negative", func() { println(len(s[n:])) })
	try("[::x] cap", func() { println(len(sc[0:1:i])) })
	try("[::x] array", func() { println(len(arr[0:1:i])) })
	try("[:x:y]", func() { println(len(s[0:j:k])) })
	try("[x:y:]", func() { println(len(s[j:k:3])) })
	try("[::x] negative", func() { println(len(s[0:1:n])) })
	try("[:x:] negative", func() { println(len(s[0:n:2])) })
	try("[x::] negative", func() { println(len(s[n:1:2])) })
	try("[:x] unsigned", func() { println(len(s[:u])) })
	try("[x:] unsigned", func() { println(len(s[u:])) })
	try("[::x] unsigned", func() { println(len(s[0:1:u])) })
	try("slice to array pointer", func() { println((*[4]int)(sc)) })
	try("slice to array pointer nil", func() { var z []int; println((*[1]int)(z)) })
	println("ok:", len(sc[:3]), (*[2]int)(sc)[1], len(s[3:]), str[3:])
	switch os.Args[1] {
	case "index":
		println(s[i])
	case "slice":
		println(len(sc[:i]))
	case "convert":
		println((*[4]int)(sc))
	}
}

// CHECK: index: runtime error: index out of range [5] with length 3
// CHECK-NEXT: index negative: runtime error: index out of range [-1]
// CHECK-NEXT: index unsigned: runtime error: index out of range [9223372036854775808] with length 3
// CHECK-NEXT: index uint8: runtime error: index out of range [200] with length 3
// CHECK-NEXT: index string: runtime error: index out of range [5] with length 3
// CHECK-NEXT: index array: runtime error: index out of range [5] with length 3
// CHECK-NEXT: index store: runtime error: index out of range [5] with length 3
// CHECK-NEXT: [:x] slice cap: runtime error: slice bounds out of range [:5] with capacity 3
// CHECK-NEXT: [:x] string len: runtime error: slice bounds out of range [:5] with length 3
// CHECK-NEXT: [:x] array len: runtime error: slice bounds out of range [:5] with length 3
// CHECK-NEXT: [x:y]: runtime error: slice bounds out of range [3:2]
// CHECK-NEXT: [x:] string: runtime error: slice bounds out of range [5:3]
// CHECK-NEXT: [x:] slice: runtime error: slice bounds out of range [5:2]
// CHECK-NEXT: [:x] negative: runtime error: slice bounds out of range [:-1]
// CHECK-NEXT: [x:] negative: runtime error: slice bounds out of range [-1:]
// CHECK-NEXT: [::x] cap: runtime error: slice bounds out of range [::5] with capacity 3
// CHECK-NEXT: [::x] array: runtime error: slice bounds out of range [::5] with length 3
// CHECK-NEXT: [:x:y]: runtime error: slice bounds out of range [:3:2]
// CHECK-NEXT: [x:y:]: runtime error: slice bounds out of range [3:2:]
// CHECK-NEXT: [::x] negative: runtime error: slice bounds out of range [::-1]
// CHECK-NEXT: [:x:] negative: runtime error: slice bounds out of range [:-1:]
// CHECK-NEXT: [x::] negative: runtime error: slice bounds out of range [-1::]
// CHECK-NEXT: [:x] unsigned: runtime error: slice bounds out of range [:9223372036854775808] with capacity 3
// CHECK-NEXT: [x:] unsigned: runtime error: slice bounds out of range [9223372036854775808:3]
// CHECK-NEXT: [::x] unsigned: runtime error: slice bounds out of range [::9223372036854775808] with capacity 3
// CHECK-NEXT: slice to array pointer: runtime error: cannot convert slice with length 2 to pointer to array with length 4
// CHECK-NEXT: slice to array pointer nil: runtime error: cannot convert slice with length 0 to pointer to array with length 1
// CHECK-NEXT: ok: 3 0 0 
// INDEX: panic: runtime error: index out of range [5] with length 3
// INDEX-EMPTY:
// INDEX-NEXT: goroutine 1 [running]:
// INDEX: exit status 2
// SLICE: panic: runtime error: slice bounds out of range [:5] with capacity 3
// SLICE-EMPTY:
// SLICE-NEXT: goroutine 1 [running]:
// SLICE: exit status 2
// CONVERT: panic: runtime error: cannot convert slice with length 2 to pointer to array with length 4
// CONVERT-EMPTY:
// CONVERT-NEXT: goroutine 1 [running]:
// CONVERT: exit status 2
