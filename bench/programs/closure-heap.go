// closure-heap: a function that returns a closure; the closure record and the
// variable it captures outlive the call and go to the heap.
// Pair: closure-stack.go builds the same closure and calls it in place.
package main

const N = 8000000

//go:noinline
func adder(k int) func(int) int {
	return func(x int) int { return x*3 + k }
}

func main() {
	sum := 0
	for i := 0; i < N; i++ {
		f := adder(i & 1023)
		sum += f(i) & 0xffff
	}
	println("closure", sum)
}
