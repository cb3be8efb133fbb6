// RUN: %gosubc build -O0 -o %t0 %s
// RUN: %gosubc build -O2 -o %t2 %s
// RUN: sh -c '%t0 defer; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=DEFER
// RUN: sh -c '%t2 defer; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=DEFER
// RUN: sh -c '%t0 repanic; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=REPANIC
// RUN: sh -c '%t2 repanic; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=REPANIC
// RUN: sh -c '%t0 runtime; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=RUNTIME
// RUN: sh -c '%t2 runtime; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=RUNTIME
// RUN: sh -c '%t0 exit; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=EXIT
// RUN: sh -c '%t2 exit; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=EXIT
// Panics during panics, and os.Exit, as gc (expected lines from gc 1.19's output): a deferred
// call that panics while a panic unwinds prints both, the later one after a tab; a re-panic after
// recover marks the first [recovered]; a run-time error in a deferred call during a nil
// dereference keeps the signal line last; os.Exit(3) exits with status 3 and runs no deferred call.
package main

import "os"

func deferPanics() {
	defer func() { panic("b") }()
	panic("a")
}

func repanic() {
	defer func() {
		r := recover()
		panic(r.(string) + " again")
	}()
	panic("x")
}

func errorPanics() {
	defer func() {
		var m map[int]int
		m[1] = 2
	}()
	var p *int
	println(*p)
}

func main() {
	switch os.Args[1] {
	case "defer":
		deferPanics()
	case "repanic":
		repanic()
	case "runtime":
		errorPanics()
	case "exit":
		defer println("deferred: must not print")
		println("exiting")
		os.Exit(3)
	}
}

// DEFER: panic: a
// DEFER-NEXT: 	panic: b
// DEFER-EMPTY:
// DEFER-NEXT: goroutine 1 [running]:
// DEFER: exit status 2
// REPANIC: panic: x [recovered]
// REPANIC-NEXT: 	panic: x again
// REPANIC-EMPTY:
// REPANIC-NEXT: goroutine 1 [running]:
// REPANIC: exit status 2
// RUNTIME: panic: runtime error: invalid memory address or nil pointer dereference
// RUNTIME-NEXT: 	panic: assignment to entry in nil map
// RUNTIME-NEXT: [signal SIGSEGV: segmentation violation code={{0x[0-9a-f]+}} addr=0x0 pc={{0x[0-9a-f]+}}]
// RUNTIME-EMPTY:
// RUNTIME-NEXT: goroutine 1 [running]:
// RUNTIME: exit status 2
// EXIT: exiting
// EXIT-NOT: must not print
// EXIT: exit status 3
