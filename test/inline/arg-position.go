// RUN: %gosubc build -m -o %t %s 2>&1 | FileCheck %s --implicit-check-not=inlin --implicit-check-not=escape
// The boxing of a variable passed to an inlined call is reported where gc's call reports it,
// at the call's ( (or after the last argument that is not a name), not at the variable: the
// inlined parameter is set from the argument, and that conversion is still the call's. Seed
// case 001 (func variables of reference types); output equal to gc 1.19's -gcflags=-m.
package main

func testSlice(slice []int)       {}
func testMap(m map[int]int)       {}
func testInterface(i interface{}) {}
func twoInterfaces(s string, i interface{}) {}

func main() {
	x, y, z := make([]int, 1), make(map[int]int), 100
	ts, tm, ti := testSlice, testMap, testInterface
	ts(x)
	tm(y)
	ti(z)
	twoInterfaces("a"+"b", z)
}

// CHECK: {{.*}}arg-position.go:8:6: can inline testSlice
// CHECK: {{.*}}arg-position.go:9:6: can inline testMap
// CHECK: {{.*}}arg-position.go:10:6: can inline testInterface
// CHECK: {{.*}}arg-position.go:11:6: can inline twoInterfaces
// CHECK: {{.*}}arg-position.go:13:6: can inline main
// CHECK: {{.*}}arg-position.go:16:4: inlining call to testSlice
// CHECK: {{.*}}arg-position.go:17:4: inlining call to testMap
// CHECK: {{.*}}arg-position.go:18:4: inlining call to testInterface
// CHECK: {{.*}}arg-position.go:19:15: inlining call to twoInterfaces
// CHECK: {{.*}}arg-position.go:8:16: slice does not escape
// CHECK: {{.*}}arg-position.go:9:14: m does not escape
// CHECK: {{.*}}arg-position.go:10:20: i does not escape
// CHECK: {{.*}}arg-position.go:11:20: s does not escape
// CHECK: {{.*}}arg-position.go:11:30: i does not escape
// CHECK: {{.*}}arg-position.go:14:17: make([]int, 1) does not escape
// CHECK: {{.*}}arg-position.go:14:33: make(map[int]int) does not escape
// CHECK: {{.*}}arg-position.go:18:4: z does not escape
// CHECK: {{.*}}arg-position.go:19:19: z does not escape
