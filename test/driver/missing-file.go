// RUN: sh -c '%gosubc build %t-nosuch.go; echo "exit status $?"' 2>&1 | FileCheck %s
// A file that does not exist: one line naming it, exit status 1 (as go build: the package
// cannot be loaded).
// CHECK: gosubc: cannot open {{.*}}-nosuch.go: No such file or directory
// CHECK-NEXT: exit status 1
package main
