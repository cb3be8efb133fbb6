// RUN: sh -c '%gosubc build -o %t %s; echo "exit status $?"' 2>&1 | FileCheck %s
// Imports that lead nowhere: a standard-library path GOROOT lacks, and a path of a module
// gosub does not have (it downloads nothing). Exit status 1, as go build.
package main

import (
	// CHECK: import-missing.go:[[#@LINE+1]]:2: no required module provides package example.org/x/y
	"example.org/x/y"
	// CHECK: import-missing.go:[[#@LINE+1]]:2: package strngs is not in GOROOT ({{.*}}/src/strngs)
	"strngs"
)

func main() { y.F(); strngs.G() }
// CHECK: exit status 1
