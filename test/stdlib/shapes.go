// RUN: %gosubc build -o %t %s && %t > %t.out && diff %S/Inputs/shapes.out %t.out
// the shape hierarchy: interfaces, embedding, Stringer, Printf with widths and float precision
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named struct{ Name string }

func (n Named) Label() string { return "<" + n.Name + ">" }

type Rect struct {
	Named
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Circle struct {
	Named
	R float64
}

func (c *Circle) Area() float64      { return 3.141592653589793 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.141592653589793 * c.R }

type Square struct{ Rect }

func NewSquare(s float64) *Square { return &Square{Rect{Named{"square"}, s, s}} }

func describe(s Shape) string {
	switch v := s.(type) {
	case *Square:
		return "square " + v.Label()
	case Rect:
		return "rect " + v.Label()
	case *Circle:
		return "circle " + v.Label()
	}
	return "unknown"
}

func main() {
	shapes := []Shape{Rect{Named{"r1"}, 3, 4}, &Circle{Named{"c1"}, 1.5}, NewSquare(2)}
	total := 0.0
	for i, s := range shapes {
		fmt.Printf("%d: %-22s area=%8.3f perim=%.2f %v\n", i, describe(s), s.Area(), s.Perimeter(), s)
		total += s.Area()
	}
	fmt.Printf("total area %.4f over %d shapes\n", total, len(shapes))
	fmt.Println(shapes[0], shapes[2])
	fmt.Printf("%+v\n", shapes[1])
	var str fmt.Stringer = NewSquare(5)
	fmt.Println("stringer:", str)
}
