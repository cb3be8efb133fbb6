// RUN: printf '\357\273\277package main\n\nfunc main() {}\n' > %t.go
// RUN: %gosubc build -dump-tokens %t.go | FileCheck %s
// A byte order mark is allowed as the very first character, and skipped.
// CHECK: 1:4 PACKAGE package
