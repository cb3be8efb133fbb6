// RUN: %gosubc build -m -o %t %s 2>&1 | FileCheck %s --implicit-check-not=inlin --implicit-check-not=escape --implicit-check-not="moved to heap"
// RUN: %t | FileCheck %s --check-prefix=OUT
// The seed cases that print through fmt, with gc's inliner (output equal to gc 1.19's
// -gcflags=-m, with gosub's own "removed after inlining" notes besides): printAddr and printPtr
// cost 82 and 87 (fmt.Println's body, `return Fprintln(os.Stdout, a...)`, counts as gc's
// `t1, t2 := Fprintln(...); return t1, t2`), so they stay calls; an inlined call's result boxed
// for fmt is named as gc names it, ~R0, and `*heap()` inlined is *(~R0).
package main

import "fmt"

func printAddr() {
	a := 42
	fmt.Println(&a)
}

func printPtr() {
	a := 42
	p := &a
	fmt.Println(p)
}

func Increase() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func stack() int {
	i := 10
	return i
}

func heap() *int {
	j := 10
	return &j
}

func main() {
	printAddr()
	printPtr()
	in := Increase()
	fmt.Println(in())
	fmt.Println(stack(), *heap())
}

// CHECK: {{.*}}seed-fmt.go:14:13: inlining call to fmt.Println
// CHECK: {{.*}}seed-fmt.go:20:13: inlining call to fmt.Println
// CHECK: {{.*}}seed-fmt.go:23:6: can inline Increase
// CHECK: {{.*}}seed-fmt.go:25:9: can inline Increase.func1
// CHECK: {{.*}}seed-fmt.go:31:6: can inline stack
// CHECK: {{.*}}seed-fmt.go:36:6: can inline heap
// CHECK: {{.*}}seed-fmt.go:44:16: inlining call to Increase
// CHECK: {{.*}}seed-fmt.go:25:9: can inline main.func1
// CHECK: {{.*}}seed-fmt.go:45:16: inlining call to main.func1
// CHECK: {{.*}}seed-fmt.go:45:13: inlining call to fmt.Println
// CHECK: {{.*}}seed-fmt.go:46:19: inlining call to stack
// CHECK: {{.*}}seed-fmt.go:46:28: inlining call to heap
// CHECK: {{.*}}seed-fmt.go:46:13: inlining call to fmt.Println
// CHECK: {{.*}}seed-fmt.go:13:2: moved to heap: a
// CHECK: {{.*}}seed-fmt.go:14:13: ... argument does not escape
// CHECK: {{.*}}seed-fmt.go:18:2: moved to heap: a
// CHECK: {{.*}}seed-fmt.go:20:13: ... argument does not escape
// CHECK: {{.*}}seed-fmt.go:24:2: moved to heap: n
// CHECK: {{.*}}seed-fmt.go:25:9: func literal escapes to heap
// CHECK: {{.*}}seed-fmt.go:37:2: moved to heap: j
// CHECK: {{.*}}seed-fmt.go:44:16: func literal does not escape
// CHECK: {{.*}}seed-fmt.go:45:13: ... argument does not escape
// CHECK: {{.*}}seed-fmt.go:45:16: ~R0 escapes to heap
// CHECK: {{.*}}seed-fmt.go:46:13: ... argument does not escape
// CHECK: {{.*}}seed-fmt.go:46:19: ~R0 escapes to heap
// CHECK: {{.*}}seed-fmt.go:46:23: *(~R0) escapes to heap
// CHECK: {{.*}}seed-fmt.go:24:2: heap allocation of variable n removed after inlining
// CHECK: {{.*}}seed-fmt.go:25:9: heap allocation of func literal removed after inlining
// CHECK: {{.*}}seed-fmt.go:37:2: heap allocation of variable j removed after inlining
// CHECK: {{.*}}seed-fmt.go:45:16: heap allocation of ~R0 removed after inlining
// CHECK: {{.*}}seed-fmt.go:46:19: heap allocation of ~R0 removed after inlining
// CHECK: {{.*}}seed-fmt.go:46:23: heap allocation of *(~R0) removed after inlining

// OUT: {{^0x[0-9a-f]+$}}
// OUT-NEXT: {{^0x[0-9a-f]+$}}
// OUT-NEXT: 1
// OUT-NEXT: 10 10
