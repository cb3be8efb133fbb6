// RUN: %gosubc build -dump-ast %s | FileCheck %s
// In an if/for/switch header `T {` opens the body; a composite literal there needs parentheses
// (or brackets around it), as the Go spec's parsing-ambiguity rule says.
package main

type T struct{ a int }

func main() {
	t := T{1}
	// CHECK: If @[[#@LINE+4]]:2
	// CHECK-NEXT: cond: Binary == @[[#@LINE+3]]:7
	// CHECK-NEXT: x: Ident t @[[#@LINE+2]]:5
	// CHECK-NEXT: y: Paren @[[#@LINE+1]]:10
	if t == (T{1}) {
	}
	// CHECK: Range := @[[#@LINE+3]]:2
	// CHECK: x: CompositeLit @[[#@LINE+2]]:23
	// CHECK: elt: CompositeLit @[[#@LINE+1]]:24
	for _, v := range []T{{1}, {2}} {
		_ = v
	}
	// CHECK: Switch @[[#@LINE+3]]:2
	// CHECK-NEXT: tag: Selector .a @[[#@LINE+2]]:10
	// CHECK-NEXT: x: Ident t @[[#@LINE+1]]:9
	switch t.a {
	}
	// CHECK: For @[[#@LINE+2]]:2
	// CHECK-NEXT: cond: Binary == @[[#@LINE+1]]:8
	for t == t {
		break
	}
}
