// RUN: cd %S/Inputs/mod3 && %gosubc run . 2>&1 | FileCheck %s
// RUN: cd %S/Inputs/mod3 && %gosubc build -o %t . && %t | FileCheck %s
// RUN: %gosubc build -o %t %S/Inputs/mod3 && %t | FileCheck %s
// A module of three packages (main, shapes, util): package-level variables initialised across
// packages in dependency order, init functions run once with imports first, exported functions,
// methods, constants and types used from another package, %T naming them as gc does.
// CHECK:      util: init Base
// CHECK-NEXT: util: init()
// CHECK-NEXT: shapes: init, Base = 40
// CHECK-NEXT: 7 <3,4> 84 2
// CHECK-NEXT: 92 {1 40}
// CHECK-NEXT: *util.Pair {2 3} []shapes.Shape
// CHECK-NEXT: <5,0>
package main
