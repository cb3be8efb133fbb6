// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A closing brace with nothing open: the parser sees a statement outside a function.
package main

func main() {
}
// CHECK: extra-brace.go:[[#@LINE+1]]:1: syntax error: non-declaration statement outside function body
}
