// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=generic-unchecked-body.go:
// A generic body is checked once at its definition, against its constraint, even when nothing
// instantiates it: T is a type of its own, not the type of some instance.
package main

func Bad[T any](x T) int {
	// CHECK: generic-unchecked-body.go:[[#@LINE+1]]:13: cannot convert 1 (untyped int constant) to T
	return x + 1
}

func AsInt[T any](x T) int {
	// CHECK: generic-unchecked-body.go:[[#@LINE+1]]:9: cannot use x (variable of type T constrained by any) as type int in return statement
	return x
}

func Swap[T, U any](x T) U {
	// CHECK: generic-unchecked-body.go:[[#@LINE+1]]:9: cannot use x (variable of type T constrained by any) as type U in return statement
	return x
}

func Nil[T any]() T {
	// CHECK: generic-unchecked-body.go:[[#@LINE+1]]:9: cannot use nil as T value in return statement
	return nil
}

func main() {}
