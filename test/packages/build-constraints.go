// RUN: cd %S/Inputs/tags && %gosubc run . | FileCheck %s --match-full-lines
// A package's files are chosen as go build chooses them for linux/amd64 with cgo off
// (CGO_ENABLED=0 go run . prints the same): _linux and _amd64 suffixes in, _windows and _arm64
// out, //go:build expressions, legacy // +build lines, //go:build ignore, files starting with
// _ and _test.go files out. The init functions of the kept files run in file-name order.
// CHECK:      amd64 file
// CHECK-NEXT: go:build linux && amd64 && !cgo
// CHECK-NEXT: linux file
// CHECK-NEXT: go1.18 file
package main
