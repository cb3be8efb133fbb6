// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// `else` on the line after `}`: a semicolon was inserted after the }.
package main

func main() {
	if true {
	}
	// CHECK: else-newline.go:[[#@LINE+1]]:2: syntax error: unexpected else, expecting }
	else {
	}
}
