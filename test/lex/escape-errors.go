// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Bad escapes in string and rune literals.
package main

func main() {
	// CHECK: escape-errors.go:[[#@LINE+1]]:9: unknown escape
	_ = "a\q"
	// CHECK: escape-errors.go:[[#@LINE+1]]:10: invalid character 'Z' in hexadecimal escape
	_ = "\x4Z"
	// CHECK: escape-errors.go:[[#@LINE+1]]:11: octal escape value 256 > 255
	_ = "\400"
	// CHECK: escape-errors.go:[[#@LINE+1]]:13: escape is invalid Unicode code point U+D800
	_ = "\uD800"
	// CHECK: escape-errors.go:[[#@LINE+1]]:17: escape is invalid Unicode code point U+110000
	_ = "\U00110000"
	// CHECK: escape-errors.go:[[#@LINE+1]]:8: unknown escape
	_ = '\"'
	// CHECK: escape-errors.go:[[#@LINE+1]]:9: invalid character '\n' in octal escape
	_ = "\1
}
