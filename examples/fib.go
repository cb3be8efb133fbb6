// fib.go: functions, recursion, for and if, int, bool and string. Run it with
//
//	./build/gosubc run examples/fib.go
//
// and compare the stack/heap decisions (none here: nothing's address is taken) with
//
//	./build/gosubc build -m examples/fib.go
package main

// fib returns the n-th Fibonacci number, the slow recursive way.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func even(n int) bool {
	return n%2 == 0
}

func main() {
	for i := 0; i <= 10; i++ {
		f := fib(i)
		kind := "odd"
		if even(f) {
			kind = "even"
		}
		println("fib(", i, ") =", f, kind)
	}
}
