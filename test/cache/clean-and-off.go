// RUN: rm -rf %t.cache
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | FileCheck %s --check-prefix=MISS
// RUN: env GOSUBCACHE=%t.cache %gosubc clean -cache
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | FileCheck %s --check-prefix=MISS
// RUN: env GOSUBCACHE=off GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | count 0
// RUN: %t | FileCheck %s
// `gosubc clean -cache` empties the cache (the next build misses); GOSUBCACHE=off builds
// without it.
package main

import (
	"fmt"
	"unicode/utf8"
)

// MISS: cache miss unicode/utf8
func main() {
	fmt.Println(utf8.RuneLen('é')) // CHECK: 2
}
