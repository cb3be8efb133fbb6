// RUN: rm -rf %t.cache
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | FileCheck %s --check-prefix=MISS
// RUN: %t | FileCheck %s
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | FileCheck %s --check-prefix=HIT
// RUN: %t | FileCheck %s
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -O1 -o %t %s 2>&1 | FileCheck %s --check-prefix=MISS
// RUN: %t | FileCheck %s
// The first build compiles strings and caches it, the second takes it from the cache, and a
// build with other code-changing flags (-O1) compiles it again; the main package is never cached.
package main

import (
	"fmt"
	"strings"
)

// MISS: cache miss strings
// MISS-NOT: cache {{.*}} main
// HIT-NOT: cache miss
// HIT: cache hit strings
// HIT-NOT: cache {{.*}} main
func main() {
	fmt.Println(strings.ToUpper("cached"), strings.Repeat("ab", 3)) // CHECK: CACHED ababab
}
