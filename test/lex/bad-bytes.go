// RUN: printf 'package main\n\nvar x = 1\000\nvar y = 2\377\nvar z = 3\357\273\277\n' > %t.go
// RUN: not %gosubc build -o %t %t.go 2>&1 | FileCheck %s
// NUL bytes, invalid UTF-8 and a byte order mark after the start are reported once each.
// CHECK: .go:3:10: invalid NUL character
// CHECK: .go:4:10: invalid UTF-8 encoding
// CHECK: .go:5:10: invalid BOM in the middle of the file
