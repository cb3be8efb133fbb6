// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Untyped integer constants are limited to 512 bits, and constant division by zero is an error.
package main

// CHECK: const-overflow.go:[[#@LINE+1]]:13: constant shift overflow
const a = 1 << 600

const d = 1 << 511

// CHECK: const-overflow.go:[[#@LINE+1]]:13: constant multiplication overflow
const b = d * 4

// CHECK: const-overflow.go:[[#@LINE+1]]:13: constant addition overflow
const c = d + d + d

// CHECK: const-overflow.go:[[#@LINE+1]]:15: invalid operation: division by zero
const z = 1 / 0

// CHECK: const-overflow.go:[[#@LINE+1]]:18: invalid operation: division by zero
const z2 = 1.0 / 0

func main() {}
