// RUN: printf '\177ELF\002\001\001\000\000\000\377\376\375"\n`\001\002\033[31m' > %t.go
// RUN: not %gosubc build -o %t %t.go 2>&1 | FileCheck %s
// RUN: head -c 3000 %gosubc > %t2.go
// RUN: not %gosubc build -o %t %t2.go 2>&1 | FileCheck %s --check-prefix=EXE
// Binary input gives clean errors, never a crash or a hang.
// CHECK: .go:1:1: invalid character U+007F
// EXE: .go:1:1: invalid character U+007F
