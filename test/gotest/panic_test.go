// RUN: not %gosubc test %s > %t.out 2> %t.err; FileCheck %s < %t.out; FileCheck %s --check-prefix=ERR < %t.err
// A panic in a test ends the run: the test's --- FAIL line, the panic on stderr, FAIL, status 1.
package foo

import (
	"fmt"
	"testing"
)

func TestPrint(t *testing.T) {
	fmt.Println("from fmt")
}

func TestPanic(t *testing.T) {
	var m map[string]int
	m["a"] = 1
}

// CHECK: from fmt
// CHECK-NEXT: --- FAIL: TestPanic (0.{{[0-9]+}}s)
// CHECK-NEXT: FAIL	command-line-arguments	{{[0-9.]+}}s
// CHECK-NEXT: FAIL
// ERR: panic: assignment to entry in nil map
