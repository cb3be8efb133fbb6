// RUN: not %gosubc build %s.txt 2>&1 | FileCheck %s
// Only .go files are compiled (as `go build` says it).
// CHECK: gosubc: named files must be .go files: {{.*}}not-go-file.go.txt
package main
