// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A statement at the top level; the parser skips to the next declaration (gc reports one error here).
package main

// CHECK: non-declaration.go:[[#@LINE+1]]:1: syntax error: non-declaration statement outside function body
x := 1

func main() {}
