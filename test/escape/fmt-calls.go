// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// fmt.Errorf, Sprintf and Fprintln: the ... slice stays on the stack, boxed operands and Errorf's %w operand leak (gc's summaries).
package main

import (
	"errors"
	"fmt"
	"os"
)

// CHECK: :[[#@LINE+1]]:11: leaking param: err
func wrap(err error) error {
	// CHECK: :[[#@LINE+1]]:19: ... argument does not escape
	return fmt.Errorf("ctx: %w", err)
}

// gc also reports "&errors.errorString{...} escapes to heap" here, inside its inlined
// errors.New; gosub's errors.New allocates in the runtime, so there is no site to report.
// CHECK: :[[#@LINE+1]]:11: leaking param: msg
func fail(msg string) error {
	return errors.New(msg)
}

// CHECK: :[[#@LINE+1]]:11: s does not escape
func size(s []int) string {
	// CHECK: :[[#@LINE+3]]:19: ... argument does not escape
	// CHECK: :[[#@LINE+2]]:20: "n=" escapes to heap
	// CHECK: :[[#@LINE+1]]:29: len(s) escapes to heap
	return fmt.Sprint("n=", len(s))
}

func main() {
	_ = wrap(fail("x"))
	_ = size(nil)
	// CHECK: :[[#@LINE+3]]:14: ... argument does not escape
	// CHECK: :[[#@LINE+2]]:26: "e" escapes to heap
	// CHECK: :[[#@LINE+1]]:31: 1 escapes to heap
	fmt.Fprintln(os.Stderr, "e", 1)
}
