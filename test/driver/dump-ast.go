// RUN: %gosubc build -dump-ast %s | FileCheck %s
// -dump-ast prints the checked syntax tree, each node with its position, and stops.
package main

// CHECK: FuncDecl main @[[#@LINE+1]]:6
func main() {
	// CHECK: BasicLit 42 @[[#@LINE+1]]:10
	println(42)
}
