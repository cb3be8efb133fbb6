// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=u11
// gc stops after 10 errors with `too many errors`, at the position of the 10th.
package main

func main() {
	// CHECK: too-many-errors.go:[[#@LINE+1]]:8: undefined: u1
	a1 := u1
	// CHECK: too-many-errors.go:[[#@LINE+1]]:8: undefined: u2
	a2 := u2
	// CHECK: too-many-errors.go:[[#@LINE+1]]:8: undefined: u3
	a3 := u3
	// CHECK: too-many-errors.go:[[#@LINE+1]]:8: undefined: u4
	a4 := u4
	// CHECK: too-many-errors.go:[[#@LINE+1]]:8: undefined: u5
	a5 := u5
	// CHECK: too-many-errors.go:[[#@LINE+1]]:8: undefined: u6
	a6 := u6
	// CHECK: too-many-errors.go:[[#@LINE+1]]:8: undefined: u7
	a7 := u7
	// CHECK: too-many-errors.go:[[#@LINE+1]]:8: undefined: u8
	a8 := u8
	// CHECK: too-many-errors.go:[[#@LINE+1]]:8: undefined: u9
	a9 := u9
	// CHECK: too-many-errors.go:[[#@LINE+2]]:9: undefined: u10
	// CHECK: too-many-errors.go:[[#@LINE+1]]:9: too many errors
	a10 := u10
	a11 := u11
}
