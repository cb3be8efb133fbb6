// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// An imported source package that is not used, with and without a name (gc's wording).
package main

import (
	// CHECK: import-unused.go:[[#@LINE+1]]:2: imported and not used: "container/list"
	"container/list"
	// CHECK: import-unused.go:[[#@LINE+1]]:2: imported and not used: "unicode/utf8" as u
	u "unicode/utf8"
)

func main() {}
