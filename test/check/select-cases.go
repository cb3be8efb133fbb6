// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Every select case is a send or a receive (possibly assigned), checked as the statement it is;
// a clause's variables are its own; one default at most (gc's messages).
package main

func f() int { return 1 }

func main() {
	var r <-chan int
	var s chan<- int
	var c chan int
	// CHECK: select-cases.go:[[#@LINE+1]]:6: x declared but not used
	var x int
	select {
	// CHECK: select-cases.go:[[#@LINE+1]]:7: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)
	case r <- 1:
	// CHECK: select-cases.go:[[#@LINE+1]]:14: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
	case v := <-s:
		_ = v
	// CHECK: select-cases.go:[[#@LINE+1]]:12: cannot use "a" (untyped string constant) as int value in send
	case c <- "a":
	// CHECK: select-cases.go:[[#@LINE+1]]:10: ok declared but not used
	case v, ok := <-c:
		_ = v
	// CHECK: select-cases.go:[[#@LINE+1]]:7: v declared but not used
	case v := <-c:
	// CHECK: select-cases.go:[[#@LINE+1]]:8: select case must be send or receive (possibly with assignment)
	case f():
	// CHECK: select-cases.go:[[#@LINE+1]]:7: select case must be send or receive (possibly with assignment)
	case x := 1:
		_ = x
	// CHECK: select-cases.go:[[#@LINE+1]]:7: select case must be send or receive (possibly with assignment)
	case x++:
	case x = <-c:
	default:
	// CHECK: select-cases.go:[[#@LINE+1]]:2: multiple defaults (first at {{.*}}select-cases.go:[[#@LINE-1]]:2)
	default:
	}
}
