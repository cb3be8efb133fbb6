// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=generic-operators.go:
// Operators on operands of type parameter type: allowed when every type in the type set allows
// them (+ on ~int | ~string), refused otherwise with gc 1.19's messages.
package main

type Num interface{ ~int | ~float64 }

type Text interface{ ~int | ~string }

func Concat[T Text](a, b T) T { return a + b }

func Eq[T any](a, b T) bool {
	// CHECK: generic-operators.go:[[#@LINE+1]]:9: invalid operation: a == b (incomparable types in type set)
	return a == b
}

func Less[T any](a, b T) bool {
	// CHECK: generic-operators.go:[[#@LINE+1]]:9: invalid operation: a < b (type parameter T is not comparable with <)
	return a < b
}

func LessComparable[T comparable](a, b T) bool {
	// CHECK: generic-operators.go:[[#@LINE+1]]:9: invalid operation: a < b (type parameter T is not comparable with <)
	return a < b
}

func Mod[T Num](a T) T {
	// CHECK: generic-operators.go:[[#@LINE+1]]:9: invalid operation: operator % not defined on a (variable of type T constrained by Num)
	return a % 2
}

func Shift[T Num](a T) T {
	// CHECK: generic-operators.go:[[#@LINE+1]]:9: invalid operation: shifted operand a (variable of type T constrained by Num) must be integer
	return a << 1
}

func Neg[T any](x T) T {
	// CHECK: generic-operators.go:[[#@LINE+1]]:10: invalid operation: operator - not defined on x (variable of type T constrained by any)
	return -x
}

func Not[T any](x T) T {
	// CHECK: generic-operators.go:[[#@LINE+1]]:10: invalid operation: operator ! not defined on x (variable of type T constrained by any)
	return !x
}

func main() {
	println(Concat(1, 2), Concat("a", "b"))
}
