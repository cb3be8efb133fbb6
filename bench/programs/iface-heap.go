// iface-heap: a method called through an interface; converting the Rect to
// Shape boxes it, and because the dynamic callee is unknown the box escapes
// to the heap, one allocation per call.
// Pair: iface-stack.go calls the same method on the concrete type.
package main

const N = 9000000

type Shape interface {
	Area() int
}

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

//go:noinline
func area(s Shape) int {
	return s.Area()
}

func main() {
	sum := 0
	for i := 0; i < N; i++ {
		sum += area(Rect{i & 255, i & 127}) & 0xfff
	}
	println("iface", sum)
}
