// RUN: printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\003\000>\000\001\000' > %t.go
// RUN: not %gosubc build -o %t %t.go 2>&1 | FileCheck %s
// The start of an ELF executable given as source: a diagnostic, never a crash.
// CHECK: .go:1:1: invalid character U+007F
// CHECK: .go:1:2: syntax error: package statement must be first
