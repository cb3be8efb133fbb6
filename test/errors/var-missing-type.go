// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A var declaration with neither a type nor a value.
package main

// CHECK: var-missing-type.go:[[#@LINE+1]]:6: syntax error: unexpected newline, expecting type
var x

func main() {
}
