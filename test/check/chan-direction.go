// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Channel directions: no send on a receive-only channel, no receive from a send-only one, no
// close of a receive-only one, and a directional channel is not assignable to a bidirectional
// type (gc's messages).
package main

func main() {
	c := make(chan int)
	var r <-chan int = c
	var s chan<- int = c
	// CHECK: chan-direction.go:[[#@LINE+1]]:2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)
	r <- 1
	// CHECK: chan-direction.go:[[#@LINE+1]]:4: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
	<-s
	// CHECK: chan-direction.go:[[#@LINE+1]]:9: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
	x := <-s
	// CHECK: chan-direction.go:[[#@LINE+1]]:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)
	close(r)
	// CHECK: chan-direction.go:[[#@LINE+1]]:19: cannot use r (variable of type <-chan int) as type chan int in variable declaration
	var b chan int = r
	// CHECK: chan-direction.go:[[#@LINE+1]]:11: invalid operation: s == r (mismatched types chan<- int and <-chan int)
	_ = s == r
	// CHECK: chan-direction.go:[[#@LINE+1]]:27: cannot use make(chan (<-chan int)) (value of type chan (<-chan int)) as type chan<- chan int in variable declaration
	var cc chan<- chan int = make(chan (<-chan int))
	_, _, _, _ = x, b, cc, c == r
	println(len(s), cap(r))
}
