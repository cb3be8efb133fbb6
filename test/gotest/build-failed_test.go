// RUN: sh -c '%gosubc test %s 2> %t.err; echo "status $?"' | FileCheck %s
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// A compile error: gc's message on stderr, go test's [build failed] lines, exit status 2.
package foo

import "testing"

func TestA(t *testing.T) {
	x := 1 // ERR: build-failed_test.go:[[#@LINE]]:2: x declared but not used
}

// CHECK: FAIL	command-line-arguments [build failed]
// CHECK-NEXT: FAIL
// CHECK-NEXT: status 2
