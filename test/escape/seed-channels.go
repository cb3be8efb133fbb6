// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape"
// The channel cases of the articles this project grew from (shared/seeds 000 and 001), with
// the notes go build -gcflags='-m -l' prints for them: a pointer sent on a channel moves its
// variable to the heap, as does a slice sent on a chan []string; the seed's claim that the map
// literal escapes is not what gc does, and gosub follows gc.
package main

// Seed article 000, case 5.3: pointers held by a slice, a map or a channel.
func test() {
// CHECK: seed-channels.go:[[#@LINE+1]]:2: moved to heap: a
	a := 42
// CHECK: seed-channels.go:[[#@LINE+1]]:12: []int{...} does not escape
	b := []int{a}
// CHECK: seed-channels.go:[[#@LINE+1]]:18: map[int]int{...} does not escape
	c := map[int]int{a: 1}
	d := make(chan *int)
// CHECK: seed-channels.go:[[#@LINE+1]]:5: func literal escapes to heap
	go func() { <-d }()
	d <- &a
	_, _ = b, c
}

// Seed article 001: sending a reference-typed value on a channel makes it escape.
// CHECK: seed-channels.go:[[#@LINE+1]]:16: data does not escape
func sendSlice(data chan []string) {
// CHECK: seed-channels.go:[[#@LINE+1]]:18: []string{...} escapes to heap
	data <- []string{"hello"}
}

// Seed article 001: a struct holding a channel among other reference fields.
type Data struct {
	data  map[int]int
	slice []int
	ch    chan int
	inf   interface{}
	p     *int
}

func fields() {
	d1 := Data{}
// CHECK: seed-channels.go:[[#@LINE+1]]:16: make(map[int]int) does not escape
	d1.data = make(map[int]int)
// CHECK: seed-channels.go:[[#@LINE+1]]:17: make([]int, 4) does not escape
	d1.slice = make([]int, 4)
	d1.ch = make(chan int, 1)
// CHECK: seed-channels.go:[[#@LINE+1]]:2: 2 does not escape
	d1.inf = 2
	x := 1
	d1.p = &x
	d1.ch <- *d1.p
	println(len(d1.data), len(d1.slice), <-d1.ch, d1.inf != nil)
}

func main() {
	test()
	c := make(chan []string, 1)
	sendSlice(c)
	fields()
}
