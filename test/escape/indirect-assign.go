// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// d1 := Data{} keeps its field values local; stores through d2 := new(Data) escape.
package main

type Data struct {
	data  map[int]int
	slice []int
	inf   interface{}
	p     *int
}

// Assigning into the fields of a local struct value keeps everything local...
func value() {
	d1 := Data{}
	// CHECK: :[[#@LINE+1]]:16: make(map[int]int) does not escape
	d1.data = make(map[int]int)
	// CHECK: :[[#@LINE+1]]:17: make([]int, 4) does not escape
	d1.slice = make([]int, 4)
	// CHECK: :[[#@LINE+1]]:2: 3 does not escape
	d1.inf = 3
	// CHECK: :[[#@LINE+1]]:12: new(int) does not escape
	d1.p = new(int)
	_ = d1
}

// ...while assigning through a pointer (d2.x is (*d2).x) stores into the heap, even though
// d2 itself does not escape: gc does not track stores through pointers.
func pointer() {
	// CHECK: :[[#@LINE+1]]:11: new(Data) does not escape
	d2 := new(Data)
	// CHECK: :[[#@LINE+1]]:16: make(map[int]int) escapes to heap
	d2.data = make(map[int]int)
	// CHECK: :[[#@LINE+1]]:17: make([]int, 4) escapes to heap
	d2.slice = make([]int, 4)
	// CHECK: :[[#@LINE+1]]:2: 3 escapes to heap
	d2.inf = 3
	// CHECK: :[[#@LINE+1]]:12: new(int) escapes to heap
	d2.p = new(int)
}

func main() {
	value()
	pointer()
}
