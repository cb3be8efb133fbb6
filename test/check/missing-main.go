// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Package main must declare func main.
package main

// CHECK: function main is undeclared in the main package
func f() {}
