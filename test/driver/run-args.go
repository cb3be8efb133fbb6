// RUN: %gosubc run %s one two 2>&1 | FileCheck %s --check-prefix=PLAIN
// RUN: %gosubc run -O0 %s -- -v --x 2>&1 | FileCheck %s --check-prefix=DASH
// run passes the words after the files to the program; `--` lets them start with a dash.
package main

import "os"

func main() {
	for _, a := range os.Args[1:] {
		println(a)
	}
}
// PLAIN: one
// PLAIN-NEXT: two
// DASH: -v
// DASH-NEXT: --x
