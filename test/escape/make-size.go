// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Seed 5.5: the 64 KiB implicit and 10 MiB explicit size limits, and make([]int, n).
package main

// Seed 5.5: implicit allocations up to 64 KiB stay in the frame: make([]int, 8192) is exactly
// 64 KiB; one more element, or a size known only at run time, goes to the heap.
func generate8192() int {
	// CHECK: :[[#@LINE+1]]:14: make([]int, 8192) does not escape
	nums := make([]int, 8192)
	return len(nums)
}

func generate8193() int {
	// CHECK: :[[#@LINE+1]]:14: make([]int, 8193) escapes to heap
	nums := make([]int, 8193)
	return len(nums)
}

func generate(n int) int {
	// CHECK: :[[#@LINE+1]]:14: make([]int, n) escapes to heap
	nums := make([]int, n)
	return len(nums)
}

// The same limit applies to new and &T{}.
type Big struct{ a [8193]int }

func bigNew() int {
	// CHECK: :[[#@LINE+1]]:10: new(Big) escapes to heap
	p := new(Big)
	return len(p.a)
}

func smallNew() int {
	// CHECK: :[[#@LINE+1]]:10: new([8192]int) does not escape
	p := new([8192]int)
	return len(p)
}

// Explicitly declared variables may use up to 10 MiB.
func bigVar() int {
	var a [1 << 17]int
	return len(a)
}

func main() {
	println(generate8192(), generate8193(), generate(3), bigNew(), smallNew(), bigVar())
}
