// RUN: not %gosubc test %s 2>&1 | FileCheck %s
// Test and Benchmark functions must have go test's signatures (the first mistake is reported).
package foo

import "testing"

// CHECK: # command-line-arguments
// CHECK-NEXT: wrong-signature_test.go:[[#@LINE+1]]:1: wrong signature for TestX, must be: func TestX(t *testing.T)
func TestX(b *testing.B) {}

// CHECK-NOT: BenchmarkY
func BenchmarkY(b *testing.B, n int) {}

func Testlower(t int) {} // not a test name: ignored
// CHECK: FAIL	command-line-arguments [setup failed]
// CHECK-NEXT: FAIL
