// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace
// Why a type does not implement an interface, in gc 1.19's words (with have/want lines).
package main

type Stringer interface{ String() string }
type I2 interface {
	String() string
	Foo()
}

type T struct{}

func (t *T) String() string { return "" }

type U struct{}

func (u U) String(x int) string { return "" }

// CHECK:{{.*}}iface-missing-method.go:[[#@LINE+2]]:18: cannot use T{} (value of type T) as type Stringer in variable declaration:
// CHECK-NEXT:	T does not implement Stringer (String method has pointer receiver)
var _ Stringer = T{}

// CHECK:{{.*}}iface-missing-method.go:[[#@LINE+4]]:18: cannot use U{} (value of type U) as type Stringer in variable declaration:
// CHECK-NEXT:	U does not implement Stringer (wrong type for String method)
// CHECK-NEXT:		have String(x int) string
// CHECK-NEXT:		want String() string
var _ Stringer = U{}

// CHECK:{{.*}}iface-missing-method.go:[[#@LINE+2]]:12: cannot use &T{} (value of type *T) as type I2 in variable declaration:
// CHECK-NEXT:	*T does not implement I2 (missing Foo method)
var _ I2 = &T{}

func main() {}
