// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// `_` may only separate two digits (or follow a base prefix).
package main

func main() {
	_ = 0x_1F // fine: the prefix counts as a digit
	_ = 1_000_000
	// CHECK: number-separator.go:[[#@LINE+1]]:8: '_' must separate successive digits
	_ = 1__0
	// CHECK: number-separator.go:[[#@LINE+1]]:7: '_' must separate successive digits
	_ = 1_
	// CHECK: number-separator.go:[[#@LINE+1]]:7: '_' must separate successive digits
	_ = 0_x1
}
