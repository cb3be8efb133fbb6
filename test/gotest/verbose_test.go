// RUN: %gosubc test -v -run 'Sub|Skip' %s | FileCheck %s --match-full-lines --strict-whitespace
// -v: === RUN lines, logs as they happen, === CONT when a parent logs after a sub-test, SKIP.
package foo

import "testing"

func TestSub(t *testing.T) {
	t.Run("one", func(t *testing.T) {
		t.Logf("in %s", t.Name())
	})
	t.Log("parent")
}

func TestSkip(t *testing.T) {
	t.Skip("skipping")
}

func TestOther(t *testing.T) {}

// CHECK:=== RUN   TestSub
// CHECK-NEXT:=== RUN   TestSub/one
// CHECK-NEXT:    verbose_test.go:9: in TestSub/one
// CHECK-NEXT:=== CONT  TestSub
// CHECK-NEXT:    verbose_test.go:11: parent
// CHECK-NEXT:--- PASS: TestSub (0.00s)
// CHECK-NEXT:    --- PASS: TestSub/one (0.00s)
// CHECK-NEXT:=== RUN   TestSkip
// CHECK-NEXT:    verbose_test.go:15: skipping
// CHECK-NEXT:--- SKIP: TestSkip (0.00s)
// CHECK-NEXT:PASS
// CHECK-NEXT:ok  	command-line-arguments	{{[0-9.]+}}s
