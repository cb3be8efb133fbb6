package main

import (
	"fmt"
	"example.com/m/shapes"
	u "example.com/m/util"
)

var x = u.Double(u.Answer)

func main() {
	p := u.NewPair(3, 4)
	fmt.Println(p.Sum(), *p, x, u.Count())
	ss := []shapes.Shape{shapes.Rect{2, 3}, shapes.Unit}
	fmt.Println(shapes.Total(ss), shapes.Unit)
	fmt.Printf("%T %v %T\n", p, ss[0], ss)
	var q u.Pair
	q.A = 5
	fmt.Println(q)
}
