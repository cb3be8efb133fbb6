// RUN: %gosubc help build | FileCheck %s
// `gosubc help build` shows the build usage and the flags.
// CHECK: usage: gosubc build [-o out] [flags] file.go...
// CHECK: -O0 .. -O3
// CHECK: -m, -m=2
package main
