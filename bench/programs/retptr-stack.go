// retptr-stack: a constructor that returns a value; the Point is copied into
// the caller's frame and nothing is allocated.
// Pair: retptr-heap.go does the same work with a returned pointer.
package main

const N = 8000000

type Point struct{ X, Y int }

//go:noinline
func newPoint(x, y int) Point {
	return Point{x, y}
}

func main() {
	sum := 0
	for i := 0; i < N; i++ {
		p := newPoint(i, i&7)
		sum += p.X ^ p.Y
	}
	println("retptr", sum)
}
