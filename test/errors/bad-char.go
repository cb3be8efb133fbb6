// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// An '@' is no Go token: the lexer names the character and the parser the statement it broke.
package main

func main() {
	// CHECK: bad-char.go:[[#@LINE+2]]:9: invalid character U+0040 '@'
	// CHECK: bad-char.go:[[#@LINE+1]]:11: syntax error: unexpected literal 2 at end of statement
	x := 1 @ 2
	_ = x
}
