// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=generic-methods.go:
// Methods of a type parameter are its constraint's: a call through the constraint is checked
// once, a method the constraint lacks is reported at the definition; *T has no methods.
package main

type Stringer interface{ String() string }

func Show[T Stringer](x T) string { return x.String() }

func Missing[T Stringer](x T) {
	// CHECK: generic-methods.go:[[#@LINE+1]]:4: x.Foo undefined (type T has no field or method Foo)
	x.Foo()
}

func NoMethods[T any](x T) string {
	// CHECK: generic-methods.go:[[#@LINE+1]]:11: x.String undefined (type T has no field or method String)
	return x.String()
}

func AsStringer[T Stringer](x T) Stringer { return x }

func AsStringerAny[T any](x T) Stringer {
	// CHECK: generic-methods.go:[[#@LINE+2]]:9: cannot use x (variable of type T constrained by any) as type Stringer in return statement:
	// CHECK-NEXT: T does not implement Stringer (missing String method)
	return x
}

func Field[T any](x T) int {
	// CHECK: generic-methods.go:[[#@LINE+1]]:11: x.f undefined (type T has no field or method f)
	return x.f
}

type Stack[E any] struct{ items []E }

func (s *Stack[E]) Push(x E) { s.items = append(s.items, x) }

func (s *Stack[E]) Top() E {
	// CHECK: generic-methods.go:[[#@LINE+1]]:33: s.items[len(s.items) - 1].Value undefined (type E has no field or method Value)
	return s.items[len(s.items)-1].Value()
}

func Deref[T Stringer](p *T) string { return (*p).String() }

func ThroughPointer[T Stringer](p *T) string {
	// CHECK: generic-methods.go:[[#@LINE+1]]:11: p.String undefined (type *T is pointer to type parameter, not type parameter)
	return p.String()
}

func main() {}
