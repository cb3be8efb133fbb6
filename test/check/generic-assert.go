// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=generic-assert.go:
// A value of type parameter type is not an interface: a type assertion or type switch on it is
// refused; converted to any first, it may be asserted and switched on. A map key of type
// parameter type needs a comparable constraint.
package main

func Assert[T any](x T) int {
	// CHECK: generic-assert.go:[[#@LINE+1]]:9: invalid operation: cannot use type assertion on type parameter value x (variable of type T constrained by any)
	return x.(int)
}

func Switch[T any](x T) {
	// CHECK: generic-assert.go:[[#@LINE+1]]:9: cannot use type switch on type parameter value x (variable of type T constrained by any)
	switch x.(type) {
	}
}

func Kind[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case T:
		return "T"
	}
	return "?"
}

// CHECK: generic-assert.go:[[#@LINE+1]]:33: invalid map key type K (missing comparable constraint)
func MapKey[K any, V any](m map[K]V) {}

func main() {}
