// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// The body of an if must start on the condition's line (gc's message names the newline).
package main

func main() {
	x := 1
	// CHECK: missing-if-brace.go:[[#@LINE+1]]:6: syntax error: unexpected newline, expecting { after if clause
	if x
	{
	}
}
