// RUN: rm -rf %t.cache
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | FileCheck %s --check-prefix=MISS
// RUN: find %t.cache -name '*.o' -exec truncate -s 1000 {} + && find %t.cache -name '*.exe' -delete
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | FileCheck %s --check-prefix=CORRUPT
// RUN: %t | FileCheck %s
// RUN: find %t.cache -name '*.o' -exec sed -i 's/ELF/ELG/' {} + && find %t.cache -name '*.exe' -delete
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | FileCheck %s --check-prefix=CORRUPT
// RUN: %t | FileCheck %s
// RUN: find %t.cache -name '*.exe' -delete
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | FileCheck %s --check-prefix=HIT
// RUN: %t | FileCheck %s
// RUN: find %t.cache -name '*.exe' -exec sed -i 's/ELF/ELG/' {} +
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | FileCheck %s --check-prefix=EXE
// RUN: %t | FileCheck %s
// A truncated object, or one with a flipped byte, fails its checksum: it is rebuilt and
// replaced, never linked; the next build finds the good entry. (The cached executable is
// removed first, or the unchanged program would come from it.) A corrupt cached executable is
// detected the same way, and the program is built again.
package main

import (
	"fmt"
	"unicode/utf8"
)

// MISS: cache miss unicode/utf8
// CORRUPT: cache corrupt unicode/utf8
// HIT: cache hit unicode/utf8
// EXE: cache corrupt executable
func main() {
	fmt.Println(utf8.RuneCountInString("héllo")) // CHECK: 5
}
