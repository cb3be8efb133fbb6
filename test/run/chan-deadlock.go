// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t recv; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=RECV
// RUN: sh -c '%t send; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=SEND
// RUN: sh -c '%t nilrecv; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=NILRECV
// RUN: sh -c '%t select; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=SELECT
// RUN: sh -c '%t nocases; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=NOCASES
// RUN: sh -c '%t onecase; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=RECV
// RUN: sh -c '%t range; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=RECV
// Blocked for good: gc's deadlock report names each goroutine's wait reason, and exits 2.
package main

import "os"

func main() {
	c := make(chan int)
	switch os.Args[1] {
	case "recv":
		<-c
		// RECV: fatal error: all goroutines are asleep - deadlock!
		// RECV-EMPTY:
		// RECV-NEXT: goroutine 1 [chan receive]:
		// RECV-NEXT: main.main()
		// RECV: exit status 2
	case "send":
		go func() {
			c <- 1
			c <- 2
		}()
		<-c
		var n chan int
		n <- 1
		// SEND: fatal error: all goroutines are asleep - deadlock!
		// SEND-EMPTY:
		// SEND-NEXT: goroutine 1 [chan send (nil chan)]:
		// SEND-NEXT: main.main()
		// SEND: goroutine {{[0-9]+}} [chan send]:
		// SEND-NEXT: main.main.func1()
		// SEND: exit status 2
	case "nilrecv":
		var n chan int
		<-n
		// NILRECV: goroutine 1 [chan receive (nil chan)]:
		// NILRECV: exit status 2
	case "select":
		var n chan int
		select {
		case <-c:
		case n <- 1:
		}
		// SELECT: goroutine 1 [select]:
		// SELECT: exit status 2
	case "nocases":
		select {}
		// NOCASES: goroutine 1 [select (no cases)]:
		// NOCASES: exit status 2
	case "onecase": // gc compiles a one-case select as its operation alone
		select {
		case v := <-c:
			println(v)
		}
	case "range":
		for range c {
		}
	}
}
