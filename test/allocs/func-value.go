// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -l" %s local-var param | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s local-var param | FileCheck %s --match-full-lines --check-prefix=INL
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -escape=off" %s local-var param | FileCheck %s --match-full-lines --check-prefix=OFF
// te := testEscape; te(&j) is resolved by gc 1.19 (j stays); a func value received as a parameter makes &j escape.
// Allocations per loop iteration (Inputs/per-iteration.sh), with escape analysis on, then off
// (-escape=off puts every allocation site on the heap). gc 1.19's own counts equal the ON lines
// with -l, and the INL lines with its inliner: inlined into main, viaLocalVar's te is a local of
// an inlined body, which gc's StaticValue does not follow, so te(&j) is an unknown call and j
// moves to the heap ("moved to heap: j" at the call, as gc says); viaParam's f is a parameter,
// which it follows to testEscape, inlined too: j stays.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "local-var"
const iterations = 1000

// gc 1.19 -m -l: i does not escape.
func testEscape(i *int) { *i++ }

// gc 1.19 -m -l: nothing to report. te is never reassigned, so gc resolves te(&j) to a direct
// call of testEscape and uses its summary: j stays on the stack (older gc versions said
// "&j escapes to heap ... parameter to indirect call").
func viaLocalVar(i int) int {
	j := i
	te := testEscape
	te(&j)
	return j
}

// gc 1.19 -m -l: moved to heap: j; f does not escape. A func value that comes in as a
// parameter is unknown, so what it is passed flows to the heap.
func viaParam(f func(*int), i int) int {
	j := i
	f(&j)
	return j
}

var sinkI int

func main() {
	for i := 0; i < iterations; i++ {
		switch variant {
		case "local-var":
			sinkI += viaLocalVar(i)
		case "param":
			sinkI += viaParam(testEscape, i)
		}
	}
}

// ON: local-var: 0 allocs per iteration
// ON-NEXT: param: 1 allocs per iteration
// OFF: local-var: 1 allocs per iteration
// OFF-NEXT: param: 1 allocs per iteration
// INL: local-var: 1 allocs per iteration
// INL-NEXT: param: 0 allocs per iteration
