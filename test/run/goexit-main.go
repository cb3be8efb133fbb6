// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --match-full-lines
// runtime.Goexit in main.main: its deferred calls run, the other goroutines go on, and when
// none is left gc's deadlock message ends the program with exit status 2.
package main

import "runtime"

func main() {
	defer println("main deferred")
	go func() {
		for i := 0; i < 3; i++ {
			println("other", i)
			runtime.Gosched()
		}
	}()
	runtime.Goexit()
}

// CHECK: main deferred
// CHECK-NEXT: other 0
// CHECK-NEXT: other 1
// CHECK-NEXT: other 2
// CHECK-NEXT: fatal error: no goroutines (main called runtime.Goexit) - deadlock!
// CHECK-NEXT: exit status 2
