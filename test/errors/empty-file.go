// RUN: printf '' > %t.go
// RUN: not %gosubc build -o %t %t.go 2>&1 | FileCheck %s
// An empty file: the package clause is missing.
// CHECK: .go:1:1: syntax error: package statement must be first
