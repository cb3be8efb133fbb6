// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// append (single, several, s..., []byte + string...), copy, 3-index slices, variadic calls, arrays of arrays.
package main

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	var s []int
	println(s == nil, len(s), cap(s))
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	println(len(s), cap(s), s[9])
	t := append(s[:2], 100, 200)
	println(len(t), s[2], s[3], t[3])
	u := make([]int, 3, 10)
	u = append(u, s...)
	println(len(u), cap(u), u[3], u[12])
	b := []byte("hi ")
	b = append(b, "there"...)
	println(string(b), len(b))
	c := make([]int, 5)
	n := copy(c, s[7:])
	println(n, c[0], c[1], c[2], c[3])
	n = copy(b, "HI")
	println(n, string(b))
	w := s[2:5:6]
	println(len(w), cap(w), w[0])
	println(sum(), sum(1, 2, 3), sum(s...))
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	row := grid[2][:]
	println(len(row), row[3], grid[1][2])
	x := []string{"a", "bb", "ccc"}
	x = append(x[1:], x[0])
	println(x[0], x[1], x[2], len(x))
}

// CHECK: true 0 0
// CHECK-NEXT: 10 16 81
// CHECK-NEXT: 4 100 200 200
// CHECK-NEXT: 13 20 0 81
// CHECK-NEXT: hi there 8
// CHECK-NEXT: 3 49 64 81 0
// CHECK-NEXT: 2 HI there
// CHECK-NEXT: 3 4 100
// CHECK-NEXT: 0 6 572
// CHECK-NEXT: 4 6 2
// CHECK-NEXT: bb ccc a 3
