// RUN: %gosubc build -m -O0 -o %t %s 2>&1 | FileCheck %s --match-full-lines --implicit-check-not=inline --implicit-check-not=escape
// RUN: %t 2>&1 | FileCheck %s --check-prefix=OUT
// Mid-stack inlining: sum, inlined into main, brings mk inlined into it again (gc prints the
// second "inlining call" at the outermost call); mk's &P{...} then stays in main's frame.
package main

type P struct{ x, y int }

// CHECK: {{.*}}midstack.go:[[#@LINE+1]]:6: can inline mk
func mk(x, y int) *P { return &P{x, y} }

// CHECK-NEXT: {{.*}}midstack.go:[[#@LINE+1]]:6: can inline sum
func sum(x int) int {
	// CHECK-NEXT: {{.*}}midstack.go:[[#@LINE+1]]:9: inlining call to mk
	p := mk(x, x+1)
	return p.x + p.y
}

// CHECK-NEXT: {{.*}}midstack.go:[[#@LINE+1]]:6: can inline main
func main() {
	s := 0
	for i := 0; i < 3; i++ {
		// CHECK-NEXT: {{.*}}midstack.go:[[#@LINE+2]]:11: inlining call to sum
		// CHECK-NEXT: {{.*}}midstack.go:[[#@LINE+1]]:11: inlining call to mk
		s += sum(i)
	}
	println(s) // OUT: 9
}

// CHECK-NEXT: {{.*}}midstack.go:10:31: &P{...} escapes to heap
// CHECK-NEXT: {{.*}}midstack.go:15:9: &P{...} does not escape
// CHECK-NEXT: {{.*}}midstack.go:25:11: &P{...} does not escape
