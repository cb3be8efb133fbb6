// RUN: %gosubc test -v -run=TestSub/one -count=2 %s | FileCheck %s --match-full-lines
// -count repeats the tests; -run with '/' selects sub-tests level by level.
package foo

import "testing"

func TestSub(t *testing.T) {
	t.Run("one", func(t *testing.T) {})
	t.Run("two", func(t *testing.T) { t.Fatal("not selected") })
}

func TestOther(t *testing.T) { t.Fatal("not selected") }

// CHECK:=== RUN   TestSub
// CHECK-NEXT:=== RUN   TestSub/one
// CHECK-NEXT:--- PASS: TestSub (0.00s)
// CHECK-NEXT:    --- PASS: TestSub/one (0.00s)
// CHECK-NEXT:=== RUN   TestSub
// CHECK-NEXT:=== RUN   TestSub/one
// CHECK-NEXT:--- PASS: TestSub (0.00s)
// CHECK-NEXT:    --- PASS: TestSub/one (0.00s)
// CHECK-NEXT:PASS
