// RUN: printf 'package main\n\nvar s = `abc\n' > %t.go
// RUN: not %gosubc build -o %t %t.go 2>&1 | FileCheck %s
// RUN: printf 'package main\n\nvar s = "abc' > %t2.go
// RUN: not %gosubc build -o %t %t2.go 2>&1 | FileCheck %s
// A string literal cut off by the end of the file; no syntax error follows it (gc's rule).
// CHECK: .go:3:9: string not terminated
// CHECK-NOT: syntax error
