// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// Go's package log, compiled from its own sources: its file:line prefixes come from
// runtime.Caller (runtime/rt_callers.c). Output as gc 1.19's.
package main

import (
	"log"
	"os"
)

func helper(l *log.Logger) { l.Output(2, "from the helper's caller") }

func main() {
	log.SetFlags(log.Lshortfile)
	log.Println("hello", 42) // CHECK: log-package.go:[[#@LINE]]: hello 42
	l := log.New(os.Stdout, "pfx: ", log.Lmsgprefix|log.Lshortfile)
	l.Printf("x=%d", 7) // CHECK-NEXT: log-package.go:[[#@LINE]]: pfx: x=7
	helper(l)           // CHECK-NEXT: log-package.go:[[#@LINE]]: pfx: from the helper's caller
	log.SetFlags(0)
	log.SetPrefix("p ")
	defer func() { log.Print("recovered: ", recover()) }()
	log.Panicf("bad %s", "thing")
	// CHECK-NEXT: p bad thing
	// CHECK-NEXT: p recovered: bad thing
}
