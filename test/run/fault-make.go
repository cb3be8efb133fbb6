// RUN: %gosubc build -O0 -o %t0 %s %S/Inputs/fault-try.go
// RUN: %gosubc build -O2 -o %t2 %s %S/Inputs/fault-try.go
// RUN: sh -c '%t0 len; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,LEN
// RUN: sh -c '%t2 len; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,LEN
// RUN: sh -c '%t0 chan; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,CHAN
// RUN: sh -c '%t2 chan; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefixes=CHECK,CHAN
// make with a bad size, as gc (expected lines from gc 1.19's output): makeslice's len and cap out
// of range (negative, huge, cap < len, unsigned), makechan's size out of range; a negative or huge
// map hint is no error in gc (the map starts empty). One unrecovered failure per run, exit status 2.
// (try, in Inputs/fault-try.go, recovers a failure and prints its message.)
package main

import "os"

func main() {
	n := -1
	huge := 1 << 62
	big := 1 << 59
	c := 2
	var un uint64 = 1 << 63
	try("make slice negative len", func() { println(len(make([]int, n))) })
	try("make slice huge len", func() { println(len(make([]int, huge))) })
	try("make slice huge len bytes", func() { println(len(make([]byte, huge))) })
	try("make slice negative cap", func() { println(len(make([]int, 0, n))) })
	try("make slice cap < len", func() { println(len(make([]int, 3, c))) })
	try("make slice huge cap", func() { println(len(make([]int, 0, big))) })
	try("make slice unsigned len", func() { println(len(make([]int, un))) })
	try("make chan negative", func() { println(cap(make(chan int, n))) })
	try("make chan huge", func() { println(cap(make(chan int, huge))) })
	try("make map negative", func() { println(len(make(map[int]int, n))) })
	try("make map huge", func() { println(len(make(map[int]int, huge))) })
	switch os.Args[1] {
	case "len":
		println(len(make([]int, n)))
	case "chan":
		println(cap(make(chan int, n)))
	}
}

// CHECK: make slice negative len: runtime error: makeslice: len out of range
// CHECK-NEXT: make slice huge len: runtime error: makeslice: len out of range
// CHECK-NEXT: make slice huge len bytes: runtime error: makeslice: len out of range
// CHECK-NEXT: make slice negative cap: runtime error: makeslice: cap out of range
// CHECK-NEXT: make slice cap < len: runtime error: makeslice: cap out of range
// CHECK-NEXT: make slice huge cap: runtime error: makeslice: cap out of range
// CHECK-NEXT: make slice unsigned len: runtime error: makeslice: len out of range
// CHECK-NEXT: make chan negative: makechan: size out of range
// CHECK-NEXT: make chan huge: makechan: size out of range
// CHECK-NEXT: 0
// CHECK-NEXT: make map negative: no panic
// CHECK-NEXT: 0
// CHECK-NEXT: make map huge: no panic
// LEN: panic: runtime error: makeslice: len out of range
// LEN-EMPTY:
// LEN-NEXT: goroutine 1 [running]:
// LEN: exit status 2
// CHAN: panic: makechan: size out of range
// CHAN-EMPTY:
// CHAN-NEXT: goroutine 1 [running]:
// CHAN: exit status 2
