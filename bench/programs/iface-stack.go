// iface-stack: the same method called on the concrete type; no boxing, no
// allocation.
// Pair: iface-heap.go calls it through an interface.
package main

const N = 9000000

type Shape interface {
	Area() int
}

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

//go:noinline
func area(r Rect) int {
	return r.Area()
}

func main() {
	sum := 0
	for i := 0; i < N; i++ {
		sum += area(Rect{i & 255, i & 127}) & 0xfff
	}
	println("iface", sum)
}
