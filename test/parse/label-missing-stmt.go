// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A label at the end of a block is fine; one before something that is not a statement is not.
package main

func main() {
	{
	L:
	}
	// CHECK: label-missing-stmt.go:[[#@LINE+1]]:2: syntax error: missing statement after label
M:
	// CHECK: label-missing-stmt.go:[[#@LINE+1]]:2: syntax error: unexpected ), expecting }
	)
}
