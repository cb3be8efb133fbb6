// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t send; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=SEND
// RUN: sh -c '%t blocked; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=BLOCKED
// RUN: sh -c '%t select; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=SELECT
// RUN: sh -c '%t close2; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=CLOSE2
// RUN: sh -c '%t closenil; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=CLOSENIL
// RUN: sh -c '%t make; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=MAKE
// RUN: sh -c '%t makebig; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=MAKE
// RUN: sh -c '%t recover; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=RECOVER
// The channel panics, with gc's messages and exit status 2 (the argument picks one).
package main

import "os"

func main() {
	c := make(chan int, 1)
	switch os.Args[1] {
	case "send":
		close(c)
		c <- 1
		// SEND: panic: send on closed channel
		// SEND-EMPTY:
		// SEND-NEXT: goroutine 1 [running]:
		// SEND-NEXT: main.main()
		// SEND: exit status 2
	case "blocked": // a sender blocked when the channel is closed panics when it wakes
		u := make(chan int)
		go func() {
			u <- 1
		}()
		for i := 0; i < 1000; i++ {
			c <- i
			<-c
		}
		close(u)
		c <- 1
		c <- 2
		// BLOCKED: panic: send on closed channel
		// BLOCKED-EMPTY:
		// BLOCKED-NEXT: goroutine {{[0-9]+}} [running]:
		// BLOCKED-NEXT: main.main.func1()
		// BLOCKED: created by main.main
		// BLOCKED: exit status 2
	case "select":
		close(c)
		select {
		case c <- 1:
		case <-make(chan int):
		}
		// SELECT: panic: send on closed channel
		// SELECT: exit status 2
	case "close2":
		close(c)
		close(c)
		// CLOSE2: panic: close of closed channel
		// CLOSE2: exit status 2
	case "closenil":
		var n chan int
		close(n)
		// CLOSENIL: panic: close of nil channel
		// CLOSENIL: exit status 2
	case "make":
		n := -1
		println(make(chan int, n))
		// MAKE: panic: makechan: size out of range
		// MAKE-EMPTY:
		// MAKE-NEXT: goroutine 1 [running]:
		// MAKE: exit status 2
	case "makebig":
		n := uint64(1) << 45
		println(make(chan [1000]int, n))
	case "recover": // the panics are runtime errors that recover() returns
		defer func() {
			err := recover().(interface {
				error
				RuntimeError()
			})
			println("recovered:", err.Error())
			os.Exit(3)
		}()
		close(c)
		close(c)
		// RECOVER: recovered: close of closed channel
		// RECOVER: exit status 3
	}
}
