// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// break with no enclosing for, switch or select.
package main

func main() {
	// CHECK: break-outside-loop.go:[[#@LINE+1]]:2: break is not in a loop, switch, or select
	break
}
