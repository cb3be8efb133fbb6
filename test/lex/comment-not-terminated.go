// RUN: printf 'package main\n\n/* abc\n\nfunc main() {}\n' > %t.go
// RUN: not %gosubc build -o %t %t.go 2>&1 | FileCheck %s
// A general comment cut off by the end of the file is reported at its start.
// CHECK: .go:3:1: comment not terminated
// CHECK-NOT: syntax error
