// RUN: %gosubc build -dump-tokens %s | FileCheck %s
// Automatic semicolons (Go spec: Semicolons): after a line's final identifier, literal,
// break/continue/fallthrough/return, ++ -- ) ] }, and for a multi-line comment; not after operators.
package main

func f(x int) int {
	// CHECK: [[#@LINE+3]]:8 ADD +
	// CHECK-NEXT: [[#@LINE+3]]:3 INT 2
	// CHECK-NEXT: [[#@LINE+2]]:4 SEMICOLON newline
	x = x +
		2
	// CHECK: [[#@LINE+2]]:3 INC ++
	// CHECK-NEXT: [[#@LINE+1]]:5 SEMICOLON newline
	x++
	// CHECK: [[#@LINE+2]]:16 RBRACK ]
	// CHECK-NEXT: [[#@LINE+1]]:17 SEMICOLON newline
	_ = []int{1}[0]
	// A comment spanning lines acts as a newline.
	// CHECK: [[#@LINE+2]]:6 IDENT x
	// CHECK-NEXT: [[#@LINE+1]]:8 SEMICOLON newline
	x = x /* a
	comment */
	// CHECK: [[#@LINE+3]]:3 BREAK break
	// CHECK-NEXT: [[#@LINE+2]]:8 SEMICOLON newline
	for {
		break
	}
	// CHECK: [[#@LINE+3]]:2 RETURN return
	// CHECK-NEXT: [[#@LINE+2]]:9 IDENT x
	// CHECK-NEXT: [[#@LINE+1]]:10 SEMICOLON ;
	return x; // an explicit semicolon is kept as `;`
}

// The last line has no newline: the semicolon is inserted at the end of the file.
// CHECK: [[#@LINE+3]]:11 RBRACE }
// CHECK-NEXT: [[#@LINE+2]]:12 SEMICOLON EOF
// CHECK-NEXT: EOF EOF
func g() {}