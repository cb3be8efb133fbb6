// RUN: %gosubc version | FileCheck %s
// The version line names LLVM's version and the Go release gosub follows.
// CHECK: gosubc version 0.1 (LLVM 19.{{[0-9]+\.[0-9]+}}, go1.19 subset)
package main
