// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A non-letter, non-digit character inside an identifier is reported; Unicode letters are fine.
package main

func main() {
	héllo := 1
	// CHECK: ident-bad-char.go:[[#@LINE+1]]:3: invalid character U+20AC '€' in identifier
	x€ := héllo
	_ = x€
}
