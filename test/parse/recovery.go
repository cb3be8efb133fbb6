// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// After a syntax error the parser resynchronises, so errors in later functions are reported too.
package main

func a() {
	// CHECK: recovery.go:[[#@LINE+1]]:11: syntax error: unexpected ), expecting expression
	x := (1 +)
	_ = x
}

func b() {
	// CHECK: recovery.go:[[#@LINE+1]]:11: syntax error: unexpected {, expecting expression
	y := 1 * {
	}
	// CHECK: recovery.go:[[#@LINE+1]]:2: syntax error: non-declaration statement outside function body
	_ = y
}

// CHECK: recovery.go:[[#@LINE+1]]:6: syntax error: unexpected literal 3, expecting name or (
func 3 {
}

type T struct {
	a ,
// CHECK: recovery.go:[[#@LINE+1]]:1: syntax error: unexpected }, expecting name
}
