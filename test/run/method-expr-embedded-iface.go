// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Method expressions of a method promoted from an embedded interface: T.M and (*T).M call
// through the embedded interface value.
package main

type Mer interface{ M() int }
type MyMer int

func (m MyMer) M() int { return int(m) }

func main() {
	// CHECK: 3 3
	// CHECK-NEXT: 3
	mm := MyMer(3)
	ms := struct{ Mer }{Mer: mm}
	println(struct{ Mer }.M(ms), (*struct{ Mer }).M(&ms))
	f := (*struct{ Mer }).M
	println(f(&ms))
}
