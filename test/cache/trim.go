// RUN: rm -rf %t.cache
// RUN: env GOSUBCACHE=%t.cache %gosubc build -o %t %s
// RUN: FileCheck %s --check-prefix=STAMP --input-file %t.cache/trim.txt
//
// Every entry is 6 days old, but the last scan was today: a build that stores scans nothing.
// RUN: find %t.cache -type f -exec touch -d "6 days ago" {} +
// RUN: env GOSUBCACHE=%t.cache %gosubc build -o %t.none %S/Inputs/trim/none.go
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | FileCheck %s --check-prefix=KEPT
//
// The last scan a day ago or more: the next build that stores removes every entry unused for
// 5 days, and the leftovers of a killed build (a temporary file, an object without its .meta)
// once they are as old; a fresh leftover stays.
// RUN: find %t.cache -type f -exec touch -d "6 days ago" {} +
// RUN: echo 0 > %t.cache/trim.txt
// RUN: mkdir -p %t.cache/00
// RUN: touch -d "6 days ago" %t.cache/00/00aa.o.tmp99 %t.cache/00/00bb.o
// RUN: touch %t.cache/00/00cc.o
// RUN: env GOSUBCACHE=%t.cache %gosubc build -O0 -o %t.none %S/Inputs/trim/none.go
// RUN: FileCheck %s --check-prefix=STAMP --input-file %t.cache/trim.txt
// RUN: not ls %t.cache/00/00aa.o.tmp99
// RUN: not ls %t.cache/00/00bb.o
// RUN: ls %t.cache/00/00cc.o
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | FileCheck %s --check-prefix=GONE
//
// A hit marks its entry used: unicode/utf8, used by another program since, survives the next
// scan; this program's executable, not used since, does not.
// RUN: find %t.cache -type f -exec touch -d "6 days ago" {} +
// RUN: echo 0 > %t.cache/trim.txt
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t.other %S/Inputs/trim/other.go 2>&1 | FileCheck %s --check-prefix=OTHER
// RUN: env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t %s 2>&1 | FileCheck %s --check-prefix=USED
// RUN: %t 2>&1 | FileCheck %s
// RUN: %t.other 2>&1 | FileCheck %s --check-prefix=EURO
package main

import "unicode/utf8"

// STAMP: {{^[1-9][0-9]+$}}
// KEPT: cache hit executable
// GONE: cache miss executable
// GONE: cache miss unicode/utf8
// OTHER: cache hit unicode/utf8
// USED: cache miss executable
// USED-NEXT: cache hit unicode/utf8
// EURO: 3
func main() {
	println(utf8.RuneCountInString("héllo")) // CHECK: 5
}
