// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Send, receive and close want a channel operand; the sent value must be assignable to the
// element type (gc's messages).
package main

func main() {
	var i int
	var x interface{}
	c := make(chan int, 1)
	// CHECK: chan-non-channel.go:[[#@LINE+1]]:4: invalid operation: cannot receive from non-channel i (variable of type int)
	<-i
	// CHECK: chan-non-channel.go:[[#@LINE+1]]:8: invalid operation: cannot receive from non-channel x (variable of type interface{})
	_ = <-x
	// CHECK: chan-non-channel.go:[[#@LINE+1]]:8: invalid operation: cannot receive from non-channel nil
	_ = <-nil
	// CHECK: chan-non-channel.go:[[#@LINE+1]]:2: invalid operation: cannot send to non-channel i (variable of type int)
	i <- 1
	// CHECK: chan-non-channel.go:[[#@LINE+1]]:7: cannot use "a" (untyped string constant) as int value in send
	c <- "a"
	// CHECK: chan-non-channel.go:[[#@LINE+1]]:7: cannot use nil as int value in send
	c <- nil
	// CHECK: chan-non-channel.go:[[#@LINE+1]]:8: invalid operation: cannot close non-channel 1 (untyped int constant)
	close(1)
	// CHECK: chan-non-channel.go:[[#@LINE+1]]:2: invalid operation: too many arguments for close(c, c) (expected 1, found 2)
	close(c, c)
	// CHECK: chan-non-channel.go:[[#@LINE+1]]:6: invalid operation: c < c (operator < not defined on chan)
	_ = c < c
}
