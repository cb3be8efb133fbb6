// The program of stack-overflow.go, stack-overflow-mutual.go and stack-overflow-accumulator.go:
// each form of unbounded recursion, chosen by the argument.
package main

import "os"

func direct(n int) int { return direct(n + 1) }

func ping(n int) int {
	if n < 0 {
		return 0
	}
	return pong(n + 1)
}

func pong(n int) int { return ping(n + 2) }

func accumulate(n, acc int) int {
	if n < 0 {
		return acc
	}
	return accumulate(n+1, acc+n)
}

func main() {
	switch os.Args[1] {
	case "direct":
		println(direct(0))
	case "mutual":
		println(ping(0))
	case "accumulator":
		println(accumulate(0, 0))
	}
}
