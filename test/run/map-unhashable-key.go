// RUN: %gosubc build -O0 -o %t0 %s
// RUN: sh -c '%t0; echo "exit status $?"' 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s
// RUN: sh -c '%t2; echo "exit status $?"' 2>&1 | FileCheck %s
// Interface keys whose dynamic type is not comparable panic with gc's message on assignment, lookup
// and delete, nil maps included.
package main

func try(name string, f func()) {
	defer func() {
		println(name, recover().(error).Error())
	}()
	f()
}

func main() {
	m := map[interface{}]int{1: 1}
	var nilmap map[interface{}]int
	try("assign", func() { m[[]int{1}] = 1 })
	try("lookup", func() { _ = m[map[int]int{}] })
	try("delete", func() { delete(m, func() {}) })
	try("nil lookup", func() { _ = nilmap[[]string{}] })
	try("nil delete", func() { delete(nilmap, []byte{}) })
	try("struct", func() { _, _ = m[struct{ s []int }{}] })
	println(len(m))
	m[[]int{1}]++
}

// Expected output: Go 1.19 (go run).
// CHECK: assign runtime error: hash of unhashable type []int
// CHECK-NEXT: lookup runtime error: hash of unhashable type map[int]int
// CHECK-NEXT: delete runtime error: hash of unhashable type func()
// CHECK-NEXT: nil lookup runtime error: hash of unhashable type []string
// CHECK-NEXT: nil delete runtime error: hash of unhashable type []uint8
// CHECK-NEXT: struct runtime error: hash of unhashable type struct { s []int }
// CHECK-NEXT: 1
// CHECK-NEXT: panic: runtime error: hash of unhashable type []int
// CHECK: exit status 2
