// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// "unexpected X, expecting Y" for keywords, operators, names and the end of a line, with gc's follow-up errors.
package main

func f() {
	// CHECK: expecting.go:[[#@LINE+1]]:7: syntax error: unexpected func, expecting {
	if x func
// CHECK: expecting.go:[[#@LINE+1]]:1: syntax error: unexpected }, expecting expression
}

// CHECK: expecting.go:[[#@LINE+1]]:6: syntax error: unexpected g, expecting (
func g() {
	_ = 1 + 2
}

// CHECK: expecting.go:[[#@LINE+1]]:16: syntax error: unexpected newline in parameter list; possibly missing comma or )
func h(a int, b
) {
}

func k() {
	// CHECK: expecting.go:[[#@LINE+1]]:17: syntax error: unexpected semicolon, expecting :
	switch { case 1; }
}
