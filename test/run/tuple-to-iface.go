// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Parts of multi-valued expressions assigned to interface variables are boxed.
package main

func two() (int, string) { return 7, "seven" }

func wrap() (interface{}, interface{}) { return two() }

var a, b any = any(nil).(bool)

func main() {
	var x, y interface{}
	x, y = two()
	println(x.(int), y.(string)) // CHECK: 7 seven
	p, q := wrap()
	println(p.(int), q.(string)) // CHECK-NEXT: 7 seven
	m := map[string]int{"k": 3}
	var v, ok interface{}
	v, ok = m["k"]
	println(v.(int), ok.(bool)) // CHECK-NEXT: 3 true
	println(a.(bool), b.(bool)) // CHECK-NEXT: false false
}
