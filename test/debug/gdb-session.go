// RUN: %gosubc build -O0 -l -o %t %s
// RUN: gdb -batch -nx -ex 'break main.main' -ex 'break gdb-session.go:42' -ex run -ex next -ex next -ex next -ex next -ex 'info locals' -ex 'print count' -ex 'print greeting' -ex 'print p.name' -ex 'print p.y' -ex 'print xs.array[1]' -ex continue -ex bt -ex 'info args' -ex 'print *p' %t 2>&1 | FileCheck %s
// REQUIRES: gdb
// gdb at -O0 -l (no inlining, as gc's -N -l): breakpoints by function name and by file:line, next, bt with
// Go names, info locals and args, and print of an int, a string, a struct field, a slice element
// (gdb's Go mode cannot index a slice: s.array[i] reads element i through the slice's pointer).
package main

type point struct {
	x, y int
	name string
}

// CHECK: Breakpoint 1 at {{.*}}: file {{/.*}}gdb-session.go, line [[#@LINE+9]].
// CHECK: Breakpoint 2 at {{.*}}: file {{/.*}}gdb-session.go, line 42.
// CHECK: hit Breakpoint 1, main.main () at {{/.*}}gdb-session.go:[[#@LINE+7]]
// CHECK: [[#@LINE+10]]{{.*}}println(p.scale(count), greeting, xs[1])
// CHECK: count = 42
// CHECK: greeting = {{.*}}"hello, gdb"
// CHECK: p = 0x
// CHECK: xs = {array = 0x{{.*}}, len = 3, cap = 3}
func main() {
	count := 42
	greeting := "hello, gdb"
	p := &point{x: 3, y: 4, name: "origin"}
	xs := []int{10, 20, 30}
	println(p.scale(count), greeting, xs[1])
}

// CHECK: $1 = 42
// CHECK: $2 = {{.*}}"hello, gdb"
// CHECK: $3 = {{.*}}"origin"
// CHECK: $4 = 4
// CHECK: $5 = 20
// CHECK: hit Breakpoint 2, main.(*point).scale (p=0x{{.*}}, k=42) at {{/.*}}gdb-session.go:[[#@LINE+7]]
// CHECK: #0  main.(*point).scale (p=0x{{.*}}, k=42) at {{/.*}}gdb-session.go:[[#@LINE+6]]
// CHECK: #1  {{.*}} in main.main () at {{/.*}}gdb-session.go:27
// CHECK: p = 0x
// CHECK: k = 42
// CHECK: $6 = {x = 3, y = 4, name = {{.*}}"origin"}
func (p *point) scale(k int) int {
	s := p.x * k
	return s + p.y
}
