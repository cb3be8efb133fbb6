// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// '' is an empty rune literal.
package main

func main() {
	// CHECK: empty-rune.go:[[#@LINE+1]]:8: empty rune literal or unescaped '
	r := ''
	_ = r
}
