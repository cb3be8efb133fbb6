// print-heap: values printed through a logger that keeps a pointer to its
// argument (as fmt's interface arguments escape), so each printed variable is
// "moved to heap".
// Pair: print-stack.go hands the values to println directly, which keeps
// them on the stack.
package main

const N = 12000000

const K = 10000

var last *int

//go:noinline
func logp(p *int) {
	last = p
	println("value", *p)
}

func main() {
	sum := 0
	for i := 0; i < N; i++ {
		v := i*7 + 1
		w := v & 1023
		sum += w
		if i%K == 0 {
			logp(&v)
			logp(&w)
		} else {
			keep(&v)
		}
	}
	println("print", sum, *last)
}

//go:noinline
func keep(p *int) {
	last = p
}
