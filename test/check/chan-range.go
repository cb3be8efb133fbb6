// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A range over a channel has one iteration variable and needs a channel that can receive.
package main

func main() {
	c := make(chan int)
	var s chan<- int = c
	var str string
	// CHECK: chan-range.go:[[#@LINE+1]]:9: range over c (variable of type chan int) permits only one iteration variable
	for i, v := range c {
		_, _ = i, v
	}
	// CHECK: chan-range.go:[[#@LINE+1]]:17: cannot range over s (variable of type chan<- int) (receive from send-only channel)
	for v := range s {
		_ = v
	}
	// CHECK: chan-range.go:[[#@LINE+1]]:6: cannot use str (value of type int) as type string in assignment
	for str = range c {
	}
	for range c {
	}
	for _ = range c {
	}
	println(str)
}
