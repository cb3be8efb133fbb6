// RUN: printf 'package main\n\nvar r = \047a' > %t.go
// RUN: not %gosubc build -o %t %t.go 2>&1 | FileCheck %s
// A rune literal cut off by the end of the file.
// CHECK: .go:3:9: rune literal not terminated
// CHECK-NOT: syntax error
