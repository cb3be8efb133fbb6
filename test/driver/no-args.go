// RUN: sh -c '%gosubc; echo "exit status $?"' 2>&1 | FileCheck %s
// With no command, gosubc prints its usage and exits 2.
// CHECK: usage: gosubc build
// CHECK: exit status 2
package main
