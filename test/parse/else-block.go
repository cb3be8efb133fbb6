// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// else must be followed by if or a block.
package main

func main() {
	x := 1
	if x > 0 {
	// CHECK: else-block.go:[[#@LINE+1]]:9: syntax error: else must be followed by if or statement block
	} else x = 2
}
