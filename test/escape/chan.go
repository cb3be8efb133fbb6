// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Channels, as gc 1.19's -m sees them: a sent value goes to the heap (another goroutine may
// receive it), a received one comes from the heap and moves nothing; the channel operands of
// send, receive, close, select and range do not escape; make(chan) is no allocation site -m
// reports (a channel is always on the heap).
package main

type T struct{ x int }

// CHECK: :[[#@LINE+1]]:11: d does not escape
func send(d chan *int) {
	a := 1 // CHECK: :[[#@LINE]]:2: moved to heap: a
	d <- &a
}

// CHECK: :[[#@LINE+1]]:11: d does not escape
func recv(d chan *int) *int {
	p := <-d
	q, ok := <-d
	if ok {
		return q
	}
	return p
}

// CHECK: :[[#@LINE+1]]:12: c does not escape
func local(c chan int) int {
	b := make(chan int, 1)
	x := 5
	b <- x
	close(b)
	return <-b + <-c
}

// CHECK: :[[#@LINE+2]]:10: c does not escape
// CHECK: :[[#@LINE+1]]:21: d does not escape
func sel(c chan *T, d chan T) {
	t := T{1} // CHECK: :[[#@LINE]]:2: moved to heap: t
	u := &T{2} // CHECK: :[[#@LINE]]:7: &T{...} does not escape
	select {
	case c <- &t:
	case d <- *u:
	case v := <-c:
		println(v.x)
	case w, ok := <-d:
		println(w.x, ok)
	}
}

// CHECK: :[[#@LINE+1]]:10: c does not escape
func rng(c chan *T) int {
	s := 0
	for p := range c {
		s += p.x
	}
	return s
}

// CHECK: :[[#@LINE+1]]:10: leaking param: c
func gor(c chan int) {
	x := 5
	go func() { // CHECK: :[[#@LINE]]:5: func literal escapes to heap
		c <- x
	}()
}

// CHECK: :[[#@LINE+1]]:13: c does not escape
func closer(c chan int) {
	defer close(c)
	c <- 1
}

// A value sent on a channel of interfaces is boxed on the heap; gc reports the boxing at the
// last name its type checker visited (a constant's at the channel).
// CHECK: :[[#@LINE+1]]:10: c does not escape
func ifc(c chan interface{}, m map[int]int, k int) {
	c <- 42 // CHECK: :[[#@LINE]]:2: 42 escapes to heap
	n := 7 // CHECK: :[[#@LINE]]:2: moved to heap: n
	c <- n // CHECK: :[[#@LINE]]:7: n escapes to heap
	c <- &n
	c <- m[k] // CHECK: :[[#@LINE]]:9: m[k] escapes to heap
}

// gc's type checker drops the conversion of a select case's `x = <-c` to x's interface type:
// the boxing happens after escape analysis (on the heap), and -m says nothing of it.
// CHECK: :[[#@LINE+1]]:14: sc does not escape
func selconv(sc chan T) interface{} {
	var x interface{}
	select {
	case x = <-sc:
	}
	return x
}

func main() {
	d := make(chan *int, 1)
	send(d)
	_ = recv(d)
	_ = local(make(chan int, 1))
	sel(make(chan *T, 1), make(chan T, 1))
	c := make(chan *T)
	close(c)
	rng(c)
	gor(make(chan int, 2))
	closer(make(chan int, 1))
	ifc(make(chan interface{}, 4), nil, 0)
	_ = selconv(make(chan T, 1))
}
