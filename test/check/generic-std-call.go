// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Members of a standard package used only in the methods of a generic type. The libFuzzer
// target, which resolves only its stub packages, once crashed on this shape: the use of an
// unresolved package inside an instance went unreported, and escape analysis met an expression
// without a type. fuzz-frontend replays this file (test/check is one of its seed folders).
package main

import (
	"strconv"
	"unicode/utf8"
)

type Integer interface {
	~int | ~int32 | ~int64
}

type Show[T Integer] struct{ v T }

func (s Show[T]) String() string { return strconv.Itoa(int(s.v)) }

func (s Show[T]) Width() T { return T(utf8.RuneCountInString(s.String())) }

func (s Show[T]) Parse(text string) Show[T] {
	n, err := strconv.Atoi(text)
	if err != nil {
		return s
	}
	return Show[T]{T(n)}
}

func main() {
	// CHECK: 42 2
	println(Show[int]{42}.String(), Show[int]{42}.Width())
	// CHECK-NEXT: -7 2
	println(Show[int32]{-7}.String(), Show[int32]{-7}.Width())
	// CHECK-NEXT: 1234 5
	println(Show[int64]{5}.Parse("1234").v, Show[int64]{5}.Parse("x").v)
}
