// RUN: %gosubc run %S/../../examples/hello.go 2>&1 | FileCheck %s --check-prefix=HELLO
// RUN: %gosubc run %S/../../examples/fib.go 2>&1 | FileCheck %s --check-prefix=FIB
// The README's example programs build, run and print what Go prints.
// HELLO: hello, world
// FIB: fib( 0 ) = 0 even
// FIB-NEXT: fib( 1 ) = 1 odd
// FIB: fib( 10 ) = 55 odd
package main
