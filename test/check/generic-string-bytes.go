// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=generic-string-bytes.go:
// A type parameter whose types are strings and byte slices (~string | ~[]byte) has no core type,
// yet len, slicing, append(b, s...) and copy treat it as a string, as gc does.
package main

type Bytes interface{ ~string | ~[]byte }

type Runes interface{ ~string | ~[]rune }

func Head[S Bytes](s S) S { return s[:1] }

func Head3[S Bytes](s S) S {
	// CHECK: generic-string-bytes.go:[[#@LINE+1]]:14: invalid operation: 3-index slice of string
	return s[:1:1]
}

func Size[S Bytes](s S) int { return len(s) }

func Cap[S Bytes](s S) int {
	// CHECK: generic-string-bytes.go:[[#@LINE+1]]:13: invalid argument: s (variable of type S constrained by Bytes) for cap
	return cap(s)
}

func Append[S Bytes](b []byte, s S) []byte { return append(b, s...) }

func Copy[S Bytes](b []byte, s S) int { return copy(b, s) }

func AppendRunes[S Runes](b []uint8, s S) []uint8 {
	// CHECK: generic-string-bytes.go:[[#@LINE+2]]:19: cannot use s (variable of type S constrained by Runes) as type []uint8 in argument to append:
	// CHECK-NEXT: cannot assign string (in S) to []uint8
	return append(b, s...)
}

func main() {}
