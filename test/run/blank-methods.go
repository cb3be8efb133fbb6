// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Functions and methods named _ may be declared many times, beside blank fields: their bodies
// are checked and compiled (each under a symbol of its own), and nothing can call them. gosubc
// once refused the methods ("field and method with the same name _") and crashed on the second
// function (both bodies went into one LLVM function). Go's test/blank.go covers more.
package main

type T struct {
	_, _, _ int
}

func (T) _() { println("never") }

func (*T) _() { println("never") }

func _() { println("never") }

func _() { go func() {}() }

func main() {
	println("ok", T{} == T{}) // CHECK: ok true
}
