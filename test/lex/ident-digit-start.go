// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A Unicode digit cannot begin an identifier (but may continue one).
package main

func main() {
	x٣ := 1 // a digit inside an identifier is fine
	// CHECK: ident-digit-start.go:[[#@LINE+1]]:6: identifier cannot begin with digit U+0663 '٣'
	_ = ٣a
	_ = x٣
}
