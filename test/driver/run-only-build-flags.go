// RUN: not %gosubc run -o %t %s 2>&1 | FileCheck %s
// run keeps its executable in a temporary directory: -o, -emit-llvm and -S are build's.
// CHECK: gosubc: -o, -emit-llvm and -S are flags of gosubc build
// CHECK-NEXT: usage: gosubc run [flags] file.go... [-- args]
package main
