// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// An import never used: Go 1.19 says `imported and not used: "os"`.
package main

// CHECK: unused-import.go:[[#@LINE+1]]:8: imported and not used: "os"
import "os"

func main() {}
