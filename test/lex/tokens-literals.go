// RUN: %gosubc build -dump-tokens %s | FileCheck %s
// Rune, string and raw string literals, and Unicode identifiers.
package main

var (
	// CHECK: [[#@LINE+1]]:2 IDENT héllo
	héllo = "tab\t\u00e9\x41\101"
	// CHECK-NEXT: [[#@LINE-1]]:9 ASSIGN =
	// CHECK-NEXT: [[#@LINE-2]]:11 STRING "tab\t\u00e9\x41\101"
	// CHECK: [[#@LINE+1]]:2 IDENT 世界
	世界 = 'x' + '\n' + '\'' + '\377' + '\u12e4' + '\U00101234' + 'é'
	// CHECK: CHAR 'x'
	// CHECK: CHAR '\n'
	// CHECK: CHAR '\''
	// CHECK: CHAR '\377'
	// CHECK: CHAR '\u12e4'
	// CHECK: CHAR '\U00101234'
	// CHECK: CHAR 'é'
	raw = `a\n
b`
	// CHECK: [[#@LINE-2]]:8 STRING `a\n
	// CHECK: [[#@LINE-2]]:3 SEMICOLON newline
)
