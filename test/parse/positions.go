// RUN: %gosubc build -dump-ast %s | FileCheck %s
// Node positions follow gc's syntax package: a binary expression at its operator, a call at its
// `(`, a selector at its `.`, an index at its `[`, a composite literal at its `{`, a unary
// expression at its operator, an assignment at its `=` or `:=`.
package main

type P struct{ x, y int }

func f(a int) int { return a }

func main() {
	// CHECK: Assign := @[[#@LINE+4]]:4
	// CHECK-NEXT: lhs: Ident p @[[#@LINE+3]]:2
	// CHECK-NEXT: rhs: Unary & @[[#@LINE+2]]:7
	// CHECK-NEXT: x: CompositeLit @[[#@LINE+1]]:9
	p := &P{1, 2}
	// CHECK: Assign = @[[#@LINE+6]]:4
	// CHECK-NEXT: lhs: Ident _ @[[#@LINE+5]]:2
	// CHECK-NEXT: rhs: Binary + @[[#@LINE+4]]:13
	// CHECK-NEXT: x: Call @[[#@LINE+3]]:7
	// CHECK: x: Selector .y @[[#@LINE+2]]:16
	// CHECK: y: Index @[[#@LINE+1]]:29
	_ = f(p.x) + p.y * []int{4}[0]
	// CHECK: IncDec ++ @[[#@LINE+1]]:5
	p.x++
	// CHECK: Assign += @[[#@LINE+1]]:6
	p.y += -p.x
	// CHECK: rhs: Unary - @[[#@LINE-1]]:9
}
