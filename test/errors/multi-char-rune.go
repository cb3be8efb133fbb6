// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A rune literal holds exactly one character.
package main

func main() {
	// CHECK: multi-char-rune.go:[[#@LINE+1]]:7: more than one character in rune literal
	r := 'ab'
	_ = r
}
