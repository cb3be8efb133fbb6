// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// A type switch binds the value inside the interface: pointers flow through it.
package main

type T struct{ x int }

var sink *T

// The value a type switch binds is the value inside the interface: a pointer stored in the
// interface flows to it.
// CHECK: :[[#@LINE+1]]:8: leaking param: i
func f(i interface{}) {
	switch v := i.(type) {
	case *T:
		sink = v
	case int:
		println(v)
	}
}

func main() {
	// CHECK: :[[#@LINE+1]]:2: moved to heap: t
	t := T{1}
	f(&t)
	// CHECK: :[[#@LINE+1]]:4: 2 escapes to heap
	f(2)
}
