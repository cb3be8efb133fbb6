// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not=leaking
// The results of a call passed whole to a builtin flow where the builtin's parameters take
// them, as gc 1.19 decides: copy's destination and source do not escape, append's appended
// pointer does (gosub -m prints what go build -gcflags='-m -l' prints).
package main

// CHECK: [[#@LINE+2]]:8: leaking param: a to result ~r0 level=0
// CHECK: [[#@LINE+1]]:8: leaking param: a to result ~r1 level=0
func f(a []byte) ([]byte, []byte) { return a, a[1:] }

// CHECK: [[#@LINE+1]]:11: leaking param: p to result ~r0 level=0
func pair(p []*int) ([]*int, *int) {
	y := 2 // CHECK: [[#@LINE]]:2: moved to heap: y
	return p, &y
}

var sink []*int

func main() {
	a := make([]byte, 3) // CHECK: [[#@LINE]]:11: make([]byte, 3) does not escape
	_ = copy(f(a))
	sink = append(pair(nil))
}
