// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// x.(type) is only allowed as the guard of a type switch (gc reports it at x).
package main

func main() {
	var x interface{}
	switch v := x.(type) {
	default:
		_ = v
	}
	// CHECK: type-switch-guard.go:[[#@LINE+1]]:6: invalid AST: use of .(type) outside type switch
	_ = x.(type)
}
