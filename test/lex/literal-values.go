// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// The lexer decodes every escape of string and rune literals (Go spec: Rune literals, String literals).
package main

func main() {
	s := "\x41\101\u00e9\a\b\f\n\r\t\v\\\"'"
	// CHECK: 14 65 65 195 169 8 92 34 39
	println(len(s), s[0], s[1], s[2], s[3], s[5], s[11], s[12], s[13])
	r := `a\n
b`
	// CHECK-NEXT: 5 92 10
	println(len(r), r[1], r[3])
	// CHECK-NEXT: 39 255 4836 1053236 233 2 0
	println('\'', '\377', '\u12e4', '\U00101234', 'é', len("\xff\000"), "\xff\000"[1])
}
