// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -escape=off -o %t3 %s && %t3 2>&1 | FileCheck %s
// Struct/array map keys (generated equality and hashing), big arrays by value, promoted methods
// through embedded pointers, nested literals, slices of slices, append aliasing.
package main

type K struct {
	a int8
	b int64
	s string
}

type Big struct {
	arr [100]int
	n   int
}

type Inner struct{ v int }

func (i Inner) Get() int   { return i.v }
func (i *Inner) Set(v int) { i.v = v }

type Outer struct {
	*Inner
	name string
}

type Getter interface{ Get() int }

func modify(b Big) Big {
	b.arr[5] = 99
	return b
}

func main() {
	m := map[K]int{}
	m[K{1, 2, "x"}] = 5
	m[K{1, 2, "y"}] = 6
	println(m[K{1, 2, "x"}], m[K{1, 2, "y"}], len(m))
	am := map[[3]int]string{{1, 2, 3}: "a"}
	am[[3]int{4, 5, 6}] = "b"
	println(am[[3]int{1, 2, 3}], am[[3]int{4, 5, 6}], am[[3]int{}] == "")
	var b Big
	b2 := modify(b)
	println(b.arr[5], b2.arr[5], b == b2, b2 != b)
	b.arr[5] = 99
	println(b == b2)
	o := Outer{&Inner{3}, "o"}
	o.Set(10)
	println(o.Get(), o.v)
	var g Getter = o
	println(g.Get())
	f := o.Get
	o.Set(20)
	println(f(), o.Get())
	ss := [][]int{{1}, {2, 3}, {}}
	ss[2] = append(ss[2], 4, 5)
	println(len(ss), len(ss[1]), ss[2][1])
	type pair struct {
		k string
		v []int
	}
	ps := []pair{{"a", []int{1}}, {k: "b"}}
	println(ps[0].k, ps[0].v[0], ps[1].v == nil)
	arr := [...]string{2: "c", 0: "a"}
	println(len(arr), arr[0], arr[1] == "", arr[2])
	var fns [3]func() int
	for i := range fns {
		i := i
		fns[i] = func() int { return i * i }
	}
	println(fns[2]())
	x := 5
	px := &x
	inc := func() { *px++; x++ }
	inc()
	println(x)
	var e1, e2 interface{} = K{1, 2, "s"}, K{1, 2, "s"}
	println(e1 == e2)
	var e3 interface{} = [2]float64{0, 1}
	var e4 interface{} = [2]float64{0, 1}
	println(e3 == e4)
	mm := map[string][]int{}
	mm["a"] = append(mm["a"], 1)
	mm["a"] = append(mm["a"], 2)
	println(len(mm["a"]))
	st := map[string]struct{ x, y int }{}
	st["p"] = struct{ x, y int }{1, 2}
	println(st["p"].y)
	bs := []byte("hello")
	s := string(bs[1:3])
	bs[1] = 'X'
	println(s, string(bs))
	var sl []int
	for i := 0; i < 5; i++ {
		sl = append(sl, i)
	}
	println(len(sl), cap(sl))
	sl2 := sl[1:3]
	sl2 = append(sl2, 100)
	println(sl[3], len(sl2), cap(sl2))
}

// CHECK: 5 6 2
// CHECK-NEXT: a b true
// CHECK-NEXT: 0 99 false true
// CHECK-NEXT: true
// CHECK-NEXT: 10 10
// CHECK-NEXT: 10
// CHECK-NEXT: 10 20
// CHECK-NEXT: 3 2 5
// CHECK-NEXT: a 1 true
// CHECK-NEXT: 3 a true c
// CHECK-NEXT: 4
// CHECK-NEXT: 7
// CHECK-NEXT: true
// CHECK-NEXT: true
// CHECK-NEXT: 2
// CHECK-NEXT: 2
// CHECK-NEXT: el hXllo
// CHECK-NEXT: 5 8
// CHECK-NEXT: 100 3 7
