// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// The `{` of a function on the next line: gc's special message.
package main

func main()
// CHECK: brace-next-line.go:[[#@LINE+1]]:1: syntax error: unexpected semicolon or newline before {
{
}
