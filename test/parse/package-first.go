// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A file must start with its package clause.
// CHECK: package-first.go:[[#@LINE+1]]:1: syntax error: package statement must be first
func main() {}
