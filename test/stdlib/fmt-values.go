// RUN: %gosubc build -o %t %s && %t > %t.out && diff %S/Inputs/fmt-values.out %t.out
// Println, Print and %v/%+v/%#v of every kind of value: structs, pointers, slices, arrays, maps (sorted), interfaces, funcs, nil
package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
	tags  []string
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

type Celsius float64
type Flags map[string]bool
type Any interface{}

type Embed struct {
	Point
	*Tree
	Note string
}

func main() {
	p := Point{1, 2}
	l := Line{Point{0, 0}, Point{3, 4}, "diag", []string{"x", "y"}}
	fmt.Println(p, &p, l, &l)
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	fmt.Printf("%v %+v\n", &l, &l)
	t := &Tree{Val: 1, Left: &Tree{Val: 0}}
	fmt.Printf("%v %+v\n", t.Left.Right, *t.Left)
	fmt.Println([]int{1, 2, 3}, [2]bool{true}, []string{}, []*Point{nil}, [][]int{{1}, {2, 3}})
	var ns []int
	var nm map[string]int
	var np *Point
	var ni interface{}
	var ne error
	fmt.Println(ns, nm, np, ni, ne)
	fmt.Printf("%#v %#v %#v %#v\n", ns, nm, np, ni)
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13}
	fmt.Println(m, map[int]string{3: "c", -1: "a", 2: "b"}, map[float64]bool{2.5: true, -1: false})
	fmt.Printf("%v %#v\n", map[Point]string{{2, 1}: "b", {1, 2}: "a"}, map[string]Point{"k": {1, 1}})
	fmt.Println(Celsius(36.6), Flags{"on": true, "debug": false}, Any(42))
	e := Embed{Point{5, 6}, nil, "n"}
	fmt.Printf("%v %+v\n", e, e)
	fmt.Printf("%#v\n", e)
	fmt.Println([]interface{}{1, "s", nil, 2.5, Point{7, 8}, []*Point{nil}})
	fmt.Printf("%+v\n", []interface{}{Point{1, 2}, map[string]interface{}{"k": []int{1}}})
	fmt.Printf("%d %x %o\n", p, []int{10, 11}, map[string]int{"a": 8})
	fmt.Printf("%s\n", l)
	fmt.Printf("%v %v\n", struct{}{}, struct {
		A int
		b string
	}{1, "x"})
	fmt.Printf("%T %T %T %T\n", e, &e, m, struct{ A int }{})
	fmt.Printf("%v %t\n", true, false)
	fmt.Print(p, l, "\n")
	fmt.Print("x", 1, 2, "y", true, "\n")
	type pair struct {
		k string
		v int
	}
	fmt.Printf("%v %+v %#v\n", pair{"a", 1}, []pair{{"b", 2}}, pair{"c", 3})
	fmt.Printf("%5v|%-5v|%05v\n", 12, "ab", 3)
	fmt.Printf("%6.2v|%x\n", 3.14159, "hex")
}
