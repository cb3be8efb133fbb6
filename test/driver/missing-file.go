// RUN: sh -c '%gosubc build %t-nosuch.go; echo "exit status $?"' 2>&1 | FileCheck %s
// A file that does not exist: one line naming it, exit status 2.
// CHECK: gosubc: cannot open {{.*}}-nosuch.go: No such file or directory
// CHECK-NEXT: exit status 2
package main
