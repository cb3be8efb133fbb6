// closure-stack: the same closure built and called where it is made, so it
// does not escape ("func literal does not escape") and needs no allocation.
// Pair: closure-heap.go returns the closure from a function.
package main

const N = 8000000

//go:noinline
func apply(k, x int) int {
	f := func(x int) int { return x*3 + k }
	return f(x)
}

func main() {
	sum := 0
	for i := 0; i < N; i++ {
		sum += apply(i&1023, i) & 0xffff
	}
	println("closure", sum)
}
