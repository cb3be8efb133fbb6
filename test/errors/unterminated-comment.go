// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A general comment that is never closed is reported where it starts.
package main

func main() {
}

// CHECK: unterminated-comment.go:[[#@LINE+1]]:1: comment not terminated
/* never closed
