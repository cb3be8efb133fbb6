// RUN: %gosubc help | FileCheck %s
// `gosubc help` lists the commands and the flags on stdout.
// CHECK: usage: gosubc build [-o out] [flags] file.go...
// CHECK: gosubc run [flags] file.go... [-- args]
// CHECK: gosubc version
// CHECK: Flags:
// CHECK: -emit-llvm
// CHECK: -escape=off
package main
