// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A function body's { on the next line (the newline became a semicolon).
package main

func main()
// CHECK: func-missing-body-brace.go:[[#@LINE+1]]:1: syntax error: unexpected semicolon or newline before {
{
}
