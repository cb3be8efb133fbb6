// RUN: %gosubc build -O0 -o %t0 %s && %gosubc build -O2 -o %t2 %s
// RUN: sh -c '%t0 deadlock; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=DEADLOCK %s
// RUN: sh -c '%t2 deadlock; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=DEADLOCK %s
// RUN: env GOTRACEBACK=all sh -c '%t0 panic; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=ALL %s
// RUN: env GOTRACEBACK=all sh -c '%t2 panic; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=ALL %s
// RUN: env GOTRACEBACK=none sh -c '%t0 panic; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=NONE %s
// RUN: env GOTRACEBACK=none sh -c '%t2 panic; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=NONE %s
// The deadlock report lists every goroutine with its wait reason and its frames, each with its
// line, and `created by` with the line of its go statement. GOTRACEBACK=all adds the other
// goroutines (blocked by then) to a panic's traceback; GOTRACEBACK=none prints no goroutine.
// The argument selects the case.
package main

import (
	"os"
	"time"
)

func send(c chan int, v int) {
	c <- v
}

func waitAll(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	go send(c, 1)
	go func() {
		select {}
	}()
	switch os.Args[1] {
	case "deadlock":
		waitAll(c)
		waitAll(c)
	case "panic":
		time.Sleep(50 * time.Millisecond)   // the others block first
		var m map[int]int
		m[1] = 2
	}
	println("not reached")
}

// DEADLOCK: fatal error: all goroutines are asleep - deadlock!
// DEADLOCK-EMPTY:
// DEADLOCK-NEXT: goroutine 1 [chan receive]:
// DEADLOCK-NEXT: main.waitAll({{.*}})
// DEADLOCK-NEXT: {{^[[:blank:]]}}{{.*}}/deadlock.go:24{{( \+0x[0-9a-f]+)?$}}
// DEADLOCK-NEXT: main.main({{.*}})
// DEADLOCK-NEXT: {{^[[:blank:]]}}{{.*}}/deadlock.go:36{{( \+0x[0-9a-f]+)?$}}
// DEADLOCK-EMPTY:
// DEADLOCK-NEXT: goroutine {{[0-9]+}} [select (no cases)]:
// DEADLOCK-NEXT: main.main.func1({{.*}})
// DEADLOCK-NEXT: {{^[[:blank:]]}}{{.*}}/deadlock.go:31{{( \+0x[0-9a-f]+)?$}}
// DEADLOCK-NEXT: created by main.main
// DEADLOCK-NEXT: {{^[[:blank:]]}}{{.*}}/deadlock.go:30{{( \+0x[0-9a-f]+)?$}}
// DEADLOCK-NEXT: exit status 2

// ALL: panic: assignment to entry in nil map
// ALL-EMPTY:
// ALL-NEXT: goroutine 1 [running]:
// ALL-NEXT: main.main({{.*}})
// ALL-NEXT: {{^[[:blank:]]}}{{.*}}/deadlock.go:40{{( \+0x[0-9a-f]+)?$}}
// ALL-EMPTY:
// ALL-NEXT: goroutine {{[0-9]+}} [chan send]:
// ALL-NEXT: main.send({{.*}})
// ALL-NEXT: {{^[[:blank:]]}}{{.*}}/deadlock.go:20{{( \+0x[0-9a-f]+)?$}}
// ALL-NEXT: created by main.main
// ALL-NEXT: {{^[[:blank:]]}}{{.*}}/deadlock.go:29{{( \+0x[0-9a-f]+)?$}}
// ALL-EMPTY:
// ALL-NEXT: goroutine {{[0-9]+}} [select (no cases)]:
// ALL-NEXT: main.main.func1({{.*}})
// ALL-NEXT: {{^[[:blank:]]}}{{.*}}/deadlock.go:31{{( \+0x[0-9a-f]+)?$}}
// ALL-NEXT: created by main.main
// ALL-NEXT: {{^[[:blank:]]}}{{.*}}/deadlock.go:30{{( \+0x[0-9a-f]+)?$}}
// ALL-NEXT: exit status 2

// NONE: panic: assignment to entry in nil map
// NONE-NEXT: exit status 2
