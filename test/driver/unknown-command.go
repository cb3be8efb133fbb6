// RUN: sh -c '%gosubc frobnicate; echo "exit status $?"' 2>&1 | FileCheck %s
// An unknown command: one line naming it, a hint, exit status 2.
// CHECK: gosubc frobnicate: unknown command
// CHECK-NEXT: Run 'gosubc help' for usage.
// CHECK-NEXT: exit status 2
package main
