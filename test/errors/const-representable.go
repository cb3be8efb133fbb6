// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A constant must be representable in its type; floats overflow when they round to infinity.
package main

// CHECK: const-representable.go:[[#@LINE+1]]:15: cannot use 256 (untyped int constant) as uint8 value in variable declaration (overflows)
var a uint8 = 256

// CHECK: const-representable.go:[[#@LINE+1]]:14: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
var b uint = -1

// CHECK: const-representable.go:[[#@LINE+1]]:14: cannot use 1.5 (untyped float constant) as int8 value in variable declaration (truncated)
var c int8 = 1.5

// CHECK: const-representable.go:[[#@LINE+1]]:17: cannot use 1e39 (untyped float constant 1e+39) as float32 value in variable declaration (overflows)
var d float32 = 1e39

// CHECK: const-representable.go:[[#@LINE+1]]:17: cannot use 1e308 * 10 (untyped float constant 1e+309) as float64 value in variable declaration (overflows)
var e float64 = 1e308 * 10

// Just above the largest float64, but rounding down to it: no error.
var f float64 = 1.7976931348623158e308

// CHECK: const-representable.go:[[#@LINE+1]]:14: cannot use 'a' * 2 (untyped rune constant 194) as int8 value in variable declaration (overflows)
var g int8 = 'a' * 2

// CHECK: const-representable.go:[[#@LINE+1]]:16: cannot use 1.0 / 3 (untyped float constant 0.333333) as string value in variable declaration
var h string = 1.0 / 3

// CHECK: const-representable.go:[[#@LINE+1]]:16: cannot use 1 << 100 (untyped int constant 1267650600228229401496703205376) as string value in variable declaration
var i string = 1 << 100

func main() {}
