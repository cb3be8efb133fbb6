// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Method values copy their receiver, Go 1.19 range variables are shared by closures, blank
// fields are skipped by ==, nil receivers, maps of pointers/slices, append aliasing, *array ranges.
package main

type P struct {
	X, Y int
}

func (p P) Sum() int { return p.X + p.Y }
func (p *P) Inc()    { p.X++ }

type W struct {
	a int
	_ int
	b string
}

type Node struct {
	val   int
	left  *Node
	right *Node
}

func (n *Node) insert(v int) *Node {
	if n == nil {
		return &Node{val: v}
	}
	if v < n.val {
		n.left = n.left.insert(v)
	} else {
		n.right = n.right.insert(v)
	}
	return n
}

func (n *Node) walk(f func(int)) {
	if n == nil {
		return
	}
	n.left.walk(f)
	f(n.val)
	n.right.walk(f)
}

func main() {
	p := P{1, 2}
	f := p.Sum
	p.X = 100
	println(f(), p.Sum())
	g := p.Inc
	g()
	g()
	println(p.X)
	var fs []func()
	for _, v := range []int{1, 2, 3} {
		fs = append(fs, func() { print(v, " ") })
	}
	for _, fn := range fs {
		fn()
	}
	println()
	w1 := W{a: 1, b: "x"}
	w2 := W{a: 1, b: "x"}
	println(w1 == w2)
	ms := map[string]*P{}
	ms["a"] = &P{1, 1}
	ms["a"].X = 50
	println(ms["a"].X)
	mp := map[string]P{"k": {3, 4}}
	println(mp["k"].Sum())
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = root.insert(v)
	}
	sum := 0
	root.walk(func(v int) { sum = sum*10 + v })
	println(sum)
	arr := [3]interface{}{1, "a", P{1, 2}}
	arr2 := arr
	println(arr == arr2)
	arr2[2] = P{2, 1}
	println(arr == arr2)
	sm := map[string][]string{}
	for _, w := range []string{"ab", "ac", "bd", "ae"} {
		k := w[:1]
		sm[k] = append(sm[k], w)
	}
	println(len(sm["a"]), sm["a"][2], len(sm["b"]))
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune("...")
	}
	grid[1][1] = '#'
	for _, row := range grid {
		println(string(row))
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range map[string]int{"x": 1} {
		list = append(list, kv{k, v})
	}
	println(list[0].k, list[0].v)
	b := make([]byte, 0, 4)
	b1 := append(b, 'a')
	b2 := append(b, 'b')
	println(string(b1), string(b2))
	var iface interface{} = p
	pp, ok := iface.(P)
	println(pp.X, ok)
	_, ok = iface.(*P)
	println(ok)
	x := [...]int{1, 2, 3, 4, 5}
	s := x[1:3]
	s = append(s, 10)
	println(x[3], len(s), cap(s))
	s2 := x[:]
	s2[0] = 99
	println(x[0])
	px := &x
	println(px[4], len(px))
	for i, v := range px {
		if i == 4 {
			println(v)
		}
	}
	str := "abc"
	bs := []byte(str)
	bs = append(bs, str...)
	println(string(bs))
	var nilm map[string]int
	for k := range nilm {
		println(k)
	}
	delete(nilm, "x")
	println(len(nilm))
}

// CHECK: 3 102
// CHECK-NEXT: 102
// CHECK-NEXT: 3 3 3
// CHECK-NEXT: true
// CHECK-NEXT: 50
// CHECK-NEXT: 7
// CHECK-NEXT: 1345789
// CHECK-NEXT: true
// CHECK-NEXT: false
// CHECK-NEXT: 3 ae 1
// CHECK-NEXT: ...
// CHECK-NEXT: .#.
// CHECK-NEXT: ...
// CHECK-NEXT: x 1
// CHECK-NEXT: b b
// CHECK-NEXT: 102 true
// CHECK-NEXT: false
// CHECK-NEXT: 10 3 4
// CHECK-NEXT: 99
// CHECK-NEXT: 5 5
// CHECK-NEXT: 5
// CHECK-NEXT: abcabc
// CHECK-NEXT: 0
