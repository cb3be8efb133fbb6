// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir && sh -c '%gosubc build -O1; echo "exit status $?"' 2>&1 | FileCheck %s
// build with flags but no file builds the package in the current directory, which has none.
// CHECK: no Go files in .
// CHECK: exit status 1
package main
