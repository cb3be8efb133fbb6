// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Malformed number literals, with the messages of gc's scanner.
package main

func main() {
	// CHECK: number-forms.go:[[#@LINE+1]]:9: invalid radix point in binary literal
	_ = 0b1.0
	// CHECK: number-forms.go:[[#@LINE+1]]:8: hexadecimal literal has no digits
	_ = 0x
	// CHECK: number-forms.go:[[#@LINE+1]]:9: 'e' exponent requires decimal mantissa
	_ = 0o7e1
	// CHECK: number-forms.go:[[#@LINE+1]]:7: 'p' exponent requires hexadecimal mantissa
	_ = 1p3
	// CHECK: number-forms.go:[[#@LINE+1]]:9: exponent has no digits
	_ = 1e+
	// CHECK: number-forms.go:[[#@LINE+1]]:11: hexadecimal mantissa requires a 'p' exponent
	_ = 0x1.5
	// CHECK: number-forms.go:[[#@LINE+1]]:8: octal literal has no digits
	_ = 0o
}
