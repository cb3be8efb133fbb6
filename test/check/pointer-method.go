// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A pointer method needs an addressable receiver (or a pointer).
package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func mk() T { return T{} }

func main() {
	var t T
	t.Inc()
	// CHECK: pointer-method.go:[[#@LINE+1]]:7: cannot call pointer method Inc on T
	mk().Inc()
	// CHECK: pointer-method.go:[[#@LINE+1]]:9: cannot call pointer method Inc on T
	f := T.Inc
	g := (*T).Inc
	g(&t)
	_ = f
}
