// RUN: %gosubc run %s 2>&1 | FileCheck %s
// RUN: %gosubc run -O0 %s 2>&1 | FileCheck %s
// recover in a deferred method whose receiver crosses the call by address (over 256 bytes),
// named every way Go allows; gc prints the same.
package main

const N = 8192

type T [N]byte

func (t T) Recover(tag string) { println(tag, t[0], t[N-1], recover() != nil) }

type E struct {
	pad int
	T
}

func mk(a, b byte) (t T) {
	t[0], t[N-1] = a, b
	return
}

// A deferred method whose receiver is too big for registers still counts as called by the
// deferring function, so recover works in it, through every way of naming the method.
func recovered(k int) {
	switch k {
	case 0:
		defer mk(1, 2).Recover("method")
	case 1:
		f := T.Recover
		defer f(mk(3, 4), "method expression")
	case 2:
		g := mk(5, 6).Recover
		defer g("method value")
	case 3:
		defer E{T: mk(7, 8)}.Recover("promoted method")
	case 4:
		var i interface{ Recover(string) } = mk(9, 10)
		defer i.Recover("interface method")
	}
	panic("boom")
}

func pair(a byte) (T, string) { return mk(a, a+1), "pair" }

func sum(t T, tag string) { println(tag, t[0], t[N-1]) }

func main() {
	for k := 0; k < 5; k++ {
		recovered(k)
	}
	defer sum(pair(11)) // g's results spread into a deferred call
	println("done")
}

// CHECK: method 1 2 true
// CHECK-NEXT: method expression 3 4 true
// CHECK-NEXT: method value 5 6 true
// CHECK-NEXT: promoted method 7 8 true
// CHECK-NEXT: interface method 9 10 true
// CHECK-NEXT: done
// CHECK-NEXT: pair 11 12
