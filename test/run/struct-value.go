// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Structs and arrays have value semantics; ==, embedded fields, &T{}, new, pointers to fields.
package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

type Inner struct{ V int }
type Outer struct {
	Inner
	p *Inner
	W bool
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

func main() {
	a := Point{1, 2}
	b := a
	b.X = 10
	println(a.X, b.X)
	r := Rect{Min: a, Max: Point{Y: 7}, Name: "r"}
	r2 := r
	r2.Max.X = 3
	println(r.Max.X, r2.Max.X, r.Name, r.Min.Y)
	println(a == Point{1, 2}, a != b, r == r2)
	pp := &r.Min
	pp.X = 42
	println(r.Min.X)
	c := a.Add(Point{5, 5})
	c.Scale(2)
	println(c.X, c.Y)
	arr := [3]Point{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].X = 9
	println(arr[0].X, arr2[0].X, arr == arr2, arr[2].Y)
	o := Outer{Inner: Inner{3}, p: &Inner{4}}
	o.V++
	println(o.V, o.Inner.V, o.p.V, o.W)
	ptr := &Point{3, 4}
	ptr.Scale(3)
	println(ptr.X, (*ptr).Y)
	np := new(Point)
	np.Y = 5
	println(np.X, np.Y)
	s := []Point{{1, 2}, {3, 4}}
	s[1].Y = 40
	println(s[1].Y, len(s))
	ps := []*Point{{5, 6}}
	println(ps[0].Y)
}

// CHECK: 1 10
// CHECK-NEXT: 0 3 r 2
// CHECK-NEXT: true true false
// CHECK-NEXT: 42
// CHECK-NEXT: 12 14
// CHECK-NEXT: 1 9 false 0
// CHECK-NEXT: 4 4 4 false
// CHECK-NEXT: 9 12
// CHECK-NEXT: 0 5
// CHECK-NEXT: 40 2
// CHECK-NEXT: 6
