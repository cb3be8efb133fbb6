// RUN: rm -rf %t.cache
// RUN: cd %S/Inputs/names && env GOSUBCACHE=%t.cache %gosubc build -o %t . && %t | FileCheck %s
// RUN: cd %S/Inputs/names && env GOSUBCACHE=%t.cache %gosubc build -o %t . && %t | FileCheck %s
// Two packages named rand with the same unexported type t and the same function-local type L:
// compiled separately, their type descriptors must still be four distinct types (symbols named
// by import path, local types numbered), cold and from the cache.
// CHECK: true false
// CHECK-NEXT: true false
// CHECK-NEXT: false false
// CHECK-NEXT: rand.t rand.t
package ignored
