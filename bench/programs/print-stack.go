// print-stack: values handed to println directly; println does not keep its
// arguments, so they stay in the frame.
// Pair: print-heap.go prints through a logger that retains a pointer.
package main

const N = 12000000

const K = 10000

var last int

//go:noinline
func logv(v int) {
	last = v
	println("value", v)
}

func main() {
	sum := 0
	for i := 0; i < N; i++ {
		v := i*7 + 1
		w := v & 1023
		sum += w
		if i%K == 0 {
			logv(v)
			logv(w)
		} else {
			keep(v)
		}
	}
	println("print", sum, last)
}

//go:noinline
func keep(v int) {
	last = v
}
