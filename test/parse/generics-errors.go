// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// gc 1.19's restrictions on type parameters: none on methods or function literals.
package main

type T struct{}

// CHECK: generics-errors.go:[[#@LINE+1]]:11: syntax error: method must have no type parameters
func (T) M[P any]() {}

func main() {
	// CHECK: generics-errors.go:[[#@LINE+1]]:10: syntax error: function type must have no type parameters
	_ = func[P any]() {}
}
