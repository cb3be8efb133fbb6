// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A goto may not jump over a variable declaration of its label's block, nor into a block.
package main

func main() {
	// CHECK: goto.go:[[#@LINE+1]]:7: goto L jumps over declaration of x at {{.*}}goto.go:[[#@LINE+2]]:4
	goto L
	x := 1
	_ = x
L:
	// CHECK: goto.go:[[#@LINE+1]]:7: goto M jumps into block starting at {{.*}}goto.go:[[#@LINE+2]]:2
	goto M
	{
	M:
	}
	goto L // backward: fine
}
