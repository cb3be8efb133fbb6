// RUN: rm -rf %t.cache
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | FileCheck %s --check-prefix=MISS
// RUN: %t | FileCheck %s
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t.2 %s 2>&1 | FileCheck %s --check-prefix=SAME
// RUN: %t.2 | FileCheck %s
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t.3 %S/Inputs/other-strings.go 2>&1 | FileCheck %s --check-prefix=HIT
// RUN: %t.3 | FileCheck %s --check-prefix=OTHER
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -O1 -o %t %s 2>&1 | FileCheck %s --check-prefix=MISS
// RUN: %t | FileCheck %s
// The first build compiles strings and caches it; building the same program again takes its
// executable from the cache (nothing changed, nothing is compiled or linked, as go build); another
// program importing strings takes strings' object from the cache; a build with other
// code-changing flags (-O1) compiles it again. The main package is never cached as an object.
package main

import (
	"fmt"
	"strings"
)

// MISS: cache miss executable
// MISS: cache miss strings
// MISS-NOT: cache {{.*}} main
// SAME: cache hit executable
// SAME-NOT: cache {{.*}} strings
// HIT: cache miss executable
// HIT-NOT: cache miss
// HIT: cache hit strings
// HIT-NOT: cache {{.*}} main
// OTHER: OTHER
func main() {
	fmt.Println(strings.ToUpper("cached"), strings.Repeat("ab", 3)) // CHECK: CACHED ababab
}
