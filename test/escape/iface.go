// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Interface conversions box values; a method call through an interface leaks the receiver.
package main

type Iface interface {
	Dummy()
}

type Integer int

func (i Integer) Dummy() {}

var sink interface{}

// Converting a non-pointer value to an interface boxes it; the box escapes when the interface
// value does.
func convert(x int) {
	// CHECK: :[[#@LINE+1]]:2: x escapes to heap
	sink = x
	// CHECK: :[[#@LINE+1]]:22: x does not escape
	var e interface{} = x
	_ = e
}

// Calling a method through an interface: the callee is unknown, so the receiver escapes.
func call() {
	var (
		iface Iface
		i     Integer
	)
	// CHECK: :[[#@LINE+1]]:2: i escapes to heap
	iface = i
	iface.Dummy()
}

func main() {
	convert(1)
	call()
}
