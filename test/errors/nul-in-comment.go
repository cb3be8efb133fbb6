// RUN: printf 'package main\n\n// a NUL \000 in a comment\nfunc main() {}\n' > %t.go
// RUN: not %gosubc build -o %t %t.go 2>&1 | FileCheck %s
// A NUL byte is invalid anywhere in a source file, comments included.
// CHECK: .go:3:10: invalid NUL character
