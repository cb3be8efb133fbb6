// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=generic-conversions.go:
// Conversions to and from a type parameter: a constant must be representable in every type of
// the type set, and a value must convert from (or to) each of them.
package main

type Small interface{ ~int8 | ~int16 }

type Num interface{ ~int | ~float64 }

func Big[T Small]() T {
	// CHECK: generic-conversions.go:[[#@LINE+2]]:11: cannot convert 100000 (untyped int value) to type T:
	// CHECK-NEXT: cannot convert 100000 (untyped int constant) to int8 (in T)
	return T(100000)
}

func Fits[T Small]() T { return T(100) }

func Init[T Small]() T {
	// CHECK: generic-conversions.go:[[#@LINE+1]]:12: cannot use 300 (untyped int constant) as T value in variable declaration
	var x T = 300
	return x
}

func ToInt[T any](x T) int {
	// CHECK: generic-conversions.go:[[#@LINE+1]]:13: cannot convert x (variable of type T constrained by any) to type int
	return int(x)
}

func ToString[T Num](x T) string {
	// CHECK: generic-conversions.go:[[#@LINE+2]]:16: cannot convert x (variable of type T constrained by Num) to type string:
	// CHECK-NEXT: cannot convert float64 (in T) to string
	return string(x)
}

func Half[T Num]() T {
	// CHECK: generic-conversions.go:[[#@LINE+1]]:9: cannot use 1.5 (untyped float constant) as T value in return statement
	return 1.5
}

func ToFloat[T Num](x T) float64 { return float64(x) }

const wide int16 = 300

func Typed[T Small]() T {
	// CHECK: generic-conversions.go:[[#@LINE+2]]:11: cannot convert wide (value of type int16) to type T:
	// CHECK-NEXT: cannot convert wide (constant 300 of type int16) to int8 (in T)
	return T(wide)
}

func main() {
	println(Fits[int8](), ToFloat(2))
}
