// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// print/println only read their arguments: nothing escapes.
package main

// The print builtins only read their arguments: nothing escapes.
func main() {
	x := 1
	p := &x
	// CHECK: :[[#@LINE+1]]:12: []int{...} does not escape
	s := []int{1, 2}
	println(p, &x, s, "a")
	print(x, "\n")
}
