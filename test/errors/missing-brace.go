// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A block left open at the end of the file.
// CHECK: missing-brace.go:[[#@LINE+7]]:1: syntax error: unexpected EOF, expecting }
package main

func main() {
	if true {
		println(1)
}
