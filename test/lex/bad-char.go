// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A character that starts no token is reported with gc's %#U form, and lexing goes on.
package main

func main() {
	// CHECK: bad-char.go:[[#@LINE+1]]:9: invalid character U+0040 '@'
	x := 1 @ 2
	// CHECK: bad-char.go:[[#@LINE+1]]:6: invalid character U+0023 '#'
	_ = #x
	// CHECK: bad-char.go:[[#@LINE+1]]:6: invalid character U+0024 '$'
	_ = $x
}
