// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// An interpreted string may not span lines (a raw string may).
package main

func main() {
	_ = `a raw
string`
	// CHECK: string-newline.go:[[#@LINE+1]]:10: newline in string
	_ = "abc
}
