// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A type switch case that is a value, not a type (found by libFuzzer on Go's fixedbugs/bug340.go:
// the checker read the literal as an identifier).
package main

func main() {
	var x interface{}
	switch t := x.(type) {
	// CHECK: type-switch-case-not-type.go:[[#@LINE+1]]:7: 0 is not a type
	case 0:
		_ = t
	}
}
