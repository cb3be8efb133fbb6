// RUN: %gosubc run %s 2>&1 | FileCheck %s
// RUN: %gosubc run -O0 %s 2>&1 | FileCheck %s
// A multi-value call passed whole to a builtin binds its results to the builtin's parameters
// (Go spec: Calls): copy(f()), delete(f()), append(f()) and complex(f()); the call runs once.
package main

var calls int

func f(a []byte) ([]byte, []byte) { calls++; return a, []byte("abc") }
func g(a []byte) ([]byte, string)  { calls++; return a, "xy" }
func h(m map[int]int) (map[int]int, int) {
	calls++
	return m, 0
}
func parts() (float64, float64)       { calls++; return 5, 7 }
func more() ([]byte, byte, byte)       { calls++; return []byte{'a', 'b'}, '1', '2' }
func words() ([]string, string)        { calls++; return []string{"foo"}, "bar" }

func main() {
	a := []byte{1, 2, 3}
	n := copy(f(a))
	println(n, a[0], a[1], a[2]) // CHECK: 3 97 98 99
	n = copy(g(a))
	println(n, a[0], a[1], a[2]) // CHECK-NEXT: 2 120 121 99
	m := map[int]int{0: 0, 1: 1}
	delete(h(m))
	println(len(m)) // CHECK-NEXT: 1
	c := complex(parts())
	println(real(c), imag(c)) // CHECK-NEXT: +5.000000e+000 +7.000000e+000
	b := append(more())
	println(string(b)) // CHECK-NEXT: ab12
	s := append(words())
	println(len(s), s[0], s[1]) // CHECK-NEXT: 2 foo bar
	println(calls)              // CHECK-NEXT: 6
}
