// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not="undefined reference"
// A package compiled from Go's sources may declare functions without a body that gc's runtime
// or assembly implements and gosub's runtime does not: reflect's, today. The linker's hundreds
// of "undefined reference to gosub_..." lines become one line per function, at its declaration,
// in source order, ten at most.
package main

import "reflect"

func main() { println(reflect.TypeOf(1).String()) }

// CHECK: {{.*}}/internal/abi/abi.go:[[#]]:6: internal/abi.FuncPCABI0 has no body, and gosub's runtime does not implement it
// CHECK-NEXT: {{.*}}/reflect/makefunc.go:[[#]]:6: reflect.makeFuncStub has no body, and gosub's runtime does not implement it
// CHECK: too many errors
