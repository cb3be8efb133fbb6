// RUN: sh -c '%gosubc test %s; echo "status $?"' | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %gosubc test -run Pass %s | FileCheck %s --check-prefix=SEL --match-full-lines
// RUN: not %gosubc test -bench . %s | FileCheck %s --check-prefix=BENCH
// A failing test: --- FAIL with file:line messages, sub-tests indented, FAIL, exit status 1;
// Fatal stops the test; -run selects; benchmarks do not run after a failure.
package foo

import "testing"

func TestPass(t *testing.T) {
	t.Log("not shown")
}

func TestFail(t *testing.T) {
	t.Errorf("got %d, want %d", 1, 2)
	t.Log("multi\nline")
	t.Run("sub", func(t *testing.T) {
		t.Error("sub failed")
	})
	t.Run("ok", func(t *testing.T) {})
}

func TestFatal(t *testing.T) {
	t.Fatal("stop")
	t.Log("not reached")
}

func BenchmarkNever(b *testing.B) {}

// CHECK:--- FAIL: TestFail (0.{{[0-9]+}}s)
// CHECK-NEXT:    fail_test.go:15: got 1, want 2
// CHECK-NEXT:    fail_test.go:16: multi
// CHECK-NEXT:        line
// CHECK-NEXT:    --- FAIL: TestFail/sub (0.{{[0-9]+}}s)
// CHECK-NEXT:        fail_test.go:18: sub failed
// CHECK-NEXT:--- FAIL: TestFatal (0.{{[0-9]+}}s)
// CHECK-NEXT:    fail_test.go:24: stop
// CHECK-NEXT:FAIL
// CHECK-NEXT:FAIL	command-line-arguments	{{[0-9.]+}}s
// CHECK-NEXT:FAIL
// CHECK-NEXT:status 1

// SEL:PASS
// SEL-NEXT:ok  	command-line-arguments	{{[0-9.]+}}s

// BENCH-NOT: BenchmarkNever
// BENCH: exit status 1
