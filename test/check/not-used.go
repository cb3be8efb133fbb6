// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// An expression statement must be a call or a receive; builtins must be called.
package main

func main() {
	x := 1
	// CHECK: not-used.go:[[#@LINE+1]]:2: x + 1 (value of type int) is not used
	x + 1
	// CHECK: not-used.go:[[#@LINE+1]]:2: len("ab") (constant 2 of type int) is not used
	len("ab")
	// CHECK: not-used.go:[[#@LINE+1]]:13: len (built-in) must be called
	println(x, len)
	// CHECK: not-used.go:[[#@LINE+1]]:2: int(x) (value of type int) is not used
	int(x)
}
