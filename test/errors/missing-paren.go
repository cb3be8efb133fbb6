// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A call's argument list left open at the end of the line.
package main

func main() {
	// CHECK: missing-paren.go:[[#@LINE+1]]:17: syntax error: unexpected newline in argument list; possibly missing comma or )
	println((1 + 2)
}
