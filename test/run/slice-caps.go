// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Capacities match gc: []rune/[]byte conversions (32-element stack buffers when they do not
// escape, exact arrays for constants, size classes otherwise) and append growth.
package main

var g = "héllo"
var long = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâ"
var sink []rune

type S3 struct{ a, b, c int }

func main() {
	r := []rune(g)
	println(len(r), cap(r), r[1])
	sink = []rune(g)
	println(len(sink), cap(sink))
	rl := []rune(long)
	println(len(rl), cap(rl), rl[34])
	b := []byte(g + "0123456789012345678901234567890123456789")
	println(len(b), cap(b))
	r2 := []rune("h\xffé\xe4\xb8")
	println(len(r2), cap(r2), r2[1], r2[2], r2[3])
	b2 := []byte("constant")
	println(len(b2), cap(b2))
	var a []int
	last := -1
	for i := 0; i < 2000; i++ {
		a = append(a, i)
		if cap(a) != last {
			print(cap(a), " ")
			last = cap(a)
		}
	}
	println()
	var s []S3
	last = -1
	for i := 0; i < 500; i++ {
		s = append(s, S3{})
		if cap(s) != last {
			print(cap(s), " ")
			last = cap(s)
		}
	}
	println()
	c := append([]int{1, 2, 3}, 4, 5, 6, 7)
	println(len(c), cap(c))
}

// CHECK: 5 32 233
// CHECK-NEXT: 5 6
// CHECK-NEXT: 35 36 226
// CHECK-NEXT: 46 48
// CHECK-NEXT: 5 5 65533 233 65533
// CHECK-NEXT: 8 8
// CHECK-NEXT: 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560
// CHECK-NEXT: 1 2 4 8 16 32 64 128 256 512
// CHECK-NEXT: 7 8
