// retptr-heap: a constructor that returns a pointer, so every Point it makes
// outlives the call and goes to the heap ("&Point{...} escapes to heap").
// Pair: retptr-stack.go does the same work with a returned value.
package main

const N = 8000000

type Point struct{ X, Y int }

//go:noinline
func newPoint(x, y int) *Point {
	return &Point{x, y}
}

func main() {
	sum := 0
	for i := 0; i < N; i++ {
		p := newPoint(i, i&7)
		sum += p.X ^ p.Y
	}
	println("retptr", sum)
}
