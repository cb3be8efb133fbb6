// RUN: rm -rf %t.cache && cd %S/Inputs/inl && env GOSUBCACHE=%t.cache %gosubc build -o %t . && %t 2>&1 | FileCheck %s --check-prefix=OUT
// RUN: objdump -d --no-show-raw-insn %t | awk '/<main.main>:/,/ret/' | FileCheck %s
// With the package cache each package is its own object file, yet a small function of another
// package is still inlined (its body is copied available_externally, codegen/cg_import.c); one
// with a defer, which gc's inliner refuses too, is called.
// OUT: 2498500
// CHECK-NOT: call {{.*}}<example.com/inl/lib.Small>
// CHECK: call {{.*}}<example.com/inl/lib.Counted>
// CHECK-NOT: call {{.*}}<example.com/inl/lib.Small>
package main
