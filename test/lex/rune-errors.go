// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Malformed rune literals.
package main

func main() {
	// CHECK: rune-errors.go:[[#@LINE+1]]:7: empty rune literal or unescaped '
	_ = ''
	// CHECK: rune-errors.go:[[#@LINE+1]]:6: more than one character in rune literal
	_ = 'ab'
	// CHECK: rune-errors.go:[[#@LINE+1]]:8: newline in rune literal
	_ = 'a
}
