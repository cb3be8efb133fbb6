// RUN: not %gosubc build -m -l -complete=false -o %t %s 2>&1 | FileCheck %s
// RUN: not %gosubc build -m -l -o %t %s 2>&1 | FileCheck --check-prefix=COMPLETE %s
// Functions declared without a body (defined in assembly, for gc): -complete=false accepts them,
// as gc's compiler does without -complete, and -m reports their parameters from the summary gc
// assumes: nothing escapes under //go:noescape (also across a blank line), else pointers leak.
package p

//go:noescape

// CHECK: bodiless.go:[[#@LINE+1]]:9: x does not escape
func F3(x []byte)

// CHECK: bodiless.go:[[#@LINE+2]]:9: leaking param: x
// COMPLETE: bodiless.go:[[#@LINE+1]]:6: missing function body
func F4(x []byte, n int)

func G() {
	var buf3 [10]byte
	F3(buf3[:])
	// CHECK: bodiless.go:[[#@LINE+1]]:6: moved to heap: buf4
	var buf4 [10]byte
	F4(buf4[:], 1)
}
