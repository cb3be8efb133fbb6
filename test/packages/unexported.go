// RUN: cd %S/Inputs/badmod && not %gosubc build -o %t . 2>&1 | FileCheck %s
// A package's unexported name is not visible from another package (gc's wording).
// CHECK: ./main.go:6:29: hidden not exported by package lib
// CHECK: ./main.go:6:41: undefined: lib.Missing
package main
