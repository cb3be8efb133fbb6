// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Selecting a field or method the type does not have.
package main

type T struct{ a int }

func (T) Get() int { return 0 }

func main() {
	var t T
	// CHECK: undefined-field.go:[[#@LINE+1]]:4: t.b undefined (type T has no field or method b)
	t.b = 2
	// CHECK: undefined-field.go:[[#@LINE+1]]:8: t.get undefined (type T has no field or method get, but does have Get)
	_ = t.get()
	p := &t
	// CHECK: undefined-field.go:[[#@LINE+1]]:8: p.c undefined (type *T has no field or method c)
	_ = p.c
}
