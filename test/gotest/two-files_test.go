// RUN: %gosubc test -v %s %S/Inputs/lib.go | FileCheck %s
// A _test.go file with the package it tests (package lib, not main); only _test.go files hold tests.
package lib

import "testing"

func TestSum(t *testing.T) {
	if got := Sum([]int{1, 2, 3}); got != 6 {
		t.Fatalf("Sum = %d", got)
	}
	if t.Failed() {
		t.FailNow()
	}
}

// CHECK: === RUN   TestSum
// CHECK-NEXT: --- PASS: TestSum
// CHECK-NOT: NotATest
// CHECK: PASS
