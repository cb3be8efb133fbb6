// RUN: sh -c '%gosubc build -nosuchflag %s; echo "exit status $?"' 2>&1 | FileCheck %s
// An unknown flag: Go's wording, the usage line and a hint, exit status 2.
// CHECK: gosubc: flag provided but not defined: -nosuchflag
// CHECK-NEXT: usage: gosubc build [-o out] [flags] file.go...
// CHECK-NEXT: Run 'gosubc help build' for details.
// CHECK-NEXT: exit status 2
package main
