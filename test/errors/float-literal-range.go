// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// gc reads float literals into big.Float, whose binary exponent has 32 bits: a literal whose
// value, or whose mantissa times 2^exponent, falls outside is a malformed constant, each one
// reported (libFuzzer's hand-found list in docs/reliability.md had the first wrong).
package main

// CHECK: float-literal-range.go:[[#@LINE+1]]:11: malformed constant: 1e646456993
const a = 1e646456993

// CHECK: float-literal-range.go:[[#@LINE+1]]:11: malformed constant: 9e646456992
const b = 9e646456992

// CHECK: float-literal-range.go:[[#@LINE+1]]:11: malformed constant: 1e-99999999999999
const c = 1e-99999999999999

// CHECK: float-literal-range.go:[[#@LINE+1]]:11: malformed constant: 0x1p-2147483700
const d = 0x1p-2147483700

// CHECK: float-literal-range.go:[[#@LINE+1]]:11: malformed constant: 1e99999999999999999999999
const e = 1e99999999999999999999999

// CHECK: float-literal-range.go:[[#@LINE+1]]:11: malformed constant: 1e1000000000i
const f = 1e1000000000i

func main() { println(a, b, c, d, e, f) }
