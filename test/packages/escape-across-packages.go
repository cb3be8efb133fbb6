// RUN: cd %S/Inputs/escmod && %gosubc build -m -l -o %t . 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not=lib.go
// Escape analysis across packages: each imported function's parameter summary (its own
// package's analysis, run first) decides its callers' sites, as gc's export data does. Only the
// package named on the command line has -m notes. A renamed import (f "fmt") changes nothing.
// lib.Keep stores its argument: a moves to the heap. lib.Read and lib.Id do not leak theirs
// (Id only to its result), nor do sort.Ints and strings.Index (compiled from Go's sources).
// CHECK: ./main.go:12:2: moved to heap: a
// CHECK: ./main.go:16:13: []int{...} escapes to heap
// CHECK: ./main.go:19:11: ... argument does not escape
// CHECK: ./main.go:19:11: n escapes to heap
// CHECK: ./main.go:19:15: *q escapes to heap
// CHECK: ./main.go:19:15: xs escapes to heap
// CHECK: ./main.go:19:15: i escapes to heap
package main
