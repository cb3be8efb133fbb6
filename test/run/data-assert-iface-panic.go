// RUN: %gosubc build -O0 -o %t0 %s
// RUN: sh -c '%t0; echo "exit status $?"' 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s
// RUN: sh -c '%t2; echo "exit status $?"' 2>&1 | FileCheck %s
// x.(J) for an interface J the dynamic type lacks panics naming the missing method, as gc does.
package main

type I interface{ M() }
type J interface{ N() }
type T struct{}

func (T) M() {}

func main() {
	var i I = T{}
	_, ok := i.(J)
	println(ok)
	_ = i.(J)
}

// CHECK: false
// CHECK-NEXT: panic: interface conversion: main.T is not main.J: missing method N
// CHECK: exit status 2
