// RUN: %gosubc build -dump-tokens %s | FileCheck %s
// Every form of number literal is one token whose text is kept verbatim.
package main

var (
	a = 0x1F + 0X_ab + 0o17 + 0O7 + 017 + 0b101 + 0B1 + 1_000_000 + 0
	// CHECK: [[#@LINE-1]]:6 INT 0x1F
	// CHECK: [[#@LINE-2]]:13 INT 0X_ab
	// CHECK: [[#@LINE-3]]:21 INT 0o17
	// CHECK: [[#@LINE-4]]:28 INT 0O7
	// CHECK: [[#@LINE-5]]:34 INT 017
	// CHECK: [[#@LINE-6]]:40 INT 0b101
	// CHECK: [[#@LINE-7]]:48 INT 0B1
	// CHECK: [[#@LINE-8]]:54 INT 1_000_000
	// CHECK: [[#@LINE-9]]:66 INT 0
	b = 1.5 + .5 + 1. + 1e3 + 1E-3 + 0x1p-2 + 0x1.8P+1 + 1_0.0_1 + 0x_1p1_0
	// CHECK: [[#@LINE-1]]:6 FLOAT 1.5
	// CHECK: [[#@LINE-2]]:12 FLOAT .5
	// CHECK: [[#@LINE-3]]:17 FLOAT 1.
	// CHECK: [[#@LINE-4]]:22 FLOAT 1e3
	// CHECK: [[#@LINE-5]]:28 FLOAT 1E-3
	// CHECK: [[#@LINE-6]]:35 FLOAT 0x1p-2
	// CHECK: [[#@LINE-7]]:44 FLOAT 0x1.8P+1
	// CHECK: [[#@LINE-8]]:55 FLOAT 1_0.0_1
	// CHECK: [[#@LINE-9]]:65 FLOAT 0x_1p1_0
	c = 2i + 1.5i + 0x10i + 1e2i + 0i + 0123i
	// CHECK: [[#@LINE-1]]:6 IMAG 2i
	// CHECK: [[#@LINE-2]]:11 IMAG 1.5i
	// CHECK: [[#@LINE-3]]:18 IMAG 0x10i
	// CHECK: [[#@LINE-4]]:26 IMAG 1e2i
	// CHECK: [[#@LINE-5]]:33 IMAG 0i
	// CHECK: [[#@LINE-6]]:38 IMAG 0123i
)
