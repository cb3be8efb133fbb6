// RUN: sh -c '%gosubc build -O1; echo "exit status $?"' 2>&1 | FileCheck %s
// build with flags but no file.
// CHECK: gosubc: no .go files named
// CHECK: exit status 2
package main
