// RUN: cd %S/Inputs/cycle && sh -c '%gosubc build -o %t .; echo "exit status $?"' 2>&1 | FileCheck %s
// An import cycle, reported as the go command does, exit status 1.
// CHECK:      package example.com/cycle
// CHECK-NEXT: 	imports example.com/cycle/a
// CHECK-NEXT: 	imports example.com/cycle/b
// CHECK-NEXT: 	imports example.com/cycle/a: import cycle not allowed
// CHECK-NEXT: exit status 1
package main
