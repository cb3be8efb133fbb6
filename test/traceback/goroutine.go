// RUN: %gosubc build -O0 -o %t0 %s && %gosubc build -O2 -o %t2 %s
// RUN: sh -c '%t0 func; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=FUNC %s
// RUN: sh -c '%t2 func; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=FUNC %s
// RUN: sh -c '%t0 closure; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=CLOSURE %s
// RUN: sh -c '%t2 closure; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=CLOSURE %s
// A panic in a goroutine other than goroutine 1: its frames, then `created by` and the line of
// the go statement that started it; the frames of a function started by a go statement with a
// closure. The argument selects the case.
package main

import (
	"os"
	"time"
)

func work(c chan int, xs []int) {
	c <- 1
	println(xs[len(xs)-5])
}

func spawn(c chan int) {
	go work(c, []int{1, 2, 3})
}

func main() {
	c := make(chan int)
	switch os.Args[1] {
	case "func":
		spawn(c)
	case "closure":
		go func(n int) {
			c <- n
			panic(n)
		}(7)
	}
	<-c
	time.Sleep(time.Second)
}

// FUNC: panic: runtime error: index out of range [-2]
// FUNC-EMPTY:
// FUNC-NEXT: goroutine {{[0-9]+}} [running]:
// FUNC-NEXT: main.work({{.*}})
// FUNC-NEXT: {{^[[:blank:]]}}{{.*}}/goroutine.go:18{{( \+0x[0-9a-f]+)?$}}
// FUNC-NEXT: created by main.spawn
// FUNC-NEXT: {{^[[:blank:]]}}{{.*}}/goroutine.go:22{{( \+0x[0-9a-f]+)?$}}
// FUNC-NEXT: exit status 2

// CLOSURE: panic: 7
// CLOSURE-EMPTY:
// CLOSURE-NEXT: goroutine {{[0-9]+}} [running]:
// CLOSURE-NEXT: main.main.func1({{.*}})
// CLOSURE-NEXT: {{^[[:blank:]]}}{{.*}}/goroutine.go:33{{( \+0x[0-9a-f]+)?$}}
// CLOSURE-NEXT: created by main.main
// CLOSURE-NEXT: {{^[[:blank:]]}}{{.*}}/goroutine.go:31{{( \+0x[0-9a-f]+)?$}}
// CLOSURE-NEXT: exit status 2
