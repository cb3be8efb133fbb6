// RUN: rm -rf %t.cache
// RUN: cd %S/Inputs/genmod && env GOSUBCACHE=%t.cache %gosubc build -o %t . && %t | FileCheck %s
// RUN: nm %t | FileCheck %s --check-prefix=SYMS
// RUN: cd %S/Inputs/genmod && env GOSUBCACHE=%t.cache %gosubc build -o %t2 . && %t2 | FileCheck %s
// RUN: cd %S/Inputs/genmod && env GOSUBCACHE=off %gosubc run . | FileCheck %s
// Generics of package lib instantiated by two packages (mid and main) with the same type
// arguments: one lib.Stack[int] type, and one copy of each method in the executable (each
// package's object defines the instances it uses as linkonce_odr, so cached objects never
// depend on which package made an instance first).
// CHECK:      [7 9] 2.5
// CHECK-NEXT: lib.Stack[int] 9
// CHECK-NEXT: [7]
// SYMS-COUNT-1: example.com/genmod/lib.(*Stack[int]).Push
// SYMS-NOT: example.com/genmod/lib.(*Stack[int]).Push
package main
