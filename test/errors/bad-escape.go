// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// \q is not an escape sequence of Go's.
package main

func main() {
	// CHECK: bad-escape.go:[[#@LINE+1]]:10: unknown escape
	s := "a\qb"
	_ = s
}
