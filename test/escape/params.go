// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Parameter summaries: does not escape, leaking param, content, to result ~r0 level=N.
package main

type T struct{ p *int }

var sink *int

// CHECK: :[[#@LINE+1]]:15: p does not escape
func noEscape(p *int) int { return *p }

// CHECK: :[[#@LINE+1]]:11: leaking param: p
func leak(p *int) { sink = p }

// CHECK: :[[#@LINE+1]]:18: leaking param content: pp
func leakContent(pp **int) { sink = *pp }

// CHECK: :[[#@LINE+1]]:15: leaking param: p to result ~r0 level=0
func toResult(p *int) *int { return p }

// CHECK: :[[#@LINE+1]]:20: leaking param: t to result ~r0 level=1
func toResultDeref(t *T) *int { return t.p }

// CHECK: :[[#@LINE+1]]:12: leaking param: p to result r level=0
func named(p *int) (r *int) {
	r = p
	return
}

// CHECK: :[[#@LINE+1]]:7: leaking param: t to result ~r0 level=1
func (t *T) get() *int { return t.p }

func main() {
	// CHECK: :[[#@LINE+2]]:5: moved to heap: b
	// CHECK: :[[#@LINE+1]]:8: moved to heap: c
	a, b, c, d, e, f := 1, 2, 3, 4, 5, 6
	pc := &c
	println(noEscape(&a))
	leak(&b)
	leakContent(&pc)
	println(*toResult(&d))
	t := T{&e}
	println(*toResultDeref(&t), *named(&f), *t.get())
}
