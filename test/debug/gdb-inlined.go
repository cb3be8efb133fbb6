// RUN: %gosubc build -O2 -o %t %s
// RUN: gdb -batch -nx -ex 'break gdb-inlined.go:13' -ex run -ex bt %t 2>&1 | FileCheck %s
// REQUIRES: gdb
// At -O2 LLVM inlines At into sum and sum into main; the DWARF keeps the inlined frames
// (DW_TAG_inlined_subroutine), so gdb's bt still shows all three with their lines.
package main

type Grid struct{ cells []int }

// CHECK: hit Breakpoint 1, main.(*Grid).At ({{.*}}) at {{/.*}}gdb-inlined.go:[[#@LINE+3]]
// CHECK: #0  main.(*Grid).At ({{.*}}) at {{/.*}}gdb-inlined.go:[[#@LINE+2]]
func (g *Grid) At(i int) int {
	return g.cells[i]
}

func sum(g *Grid, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		// CHECK: #1  main.sum ({{.*}}) at {{/.*}}gdb-inlined.go:[[#@LINE+1]]
		s += g.At(i)
	}
	return s
}

func main() {
	g := &Grid{cells: []int{1, 2, 3}}
	// CHECK: #2  main.main () at {{/.*}}gdb-inlined.go:[[#@LINE+1]]
	println(sum(g, 4))
}
