// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -escape=off -o %t3 %s && %t3 2>&1 | FileCheck %s
// Matrix multiply: a float64 matrix struct with methods and shape errors, an int [][]int named type with fast exponentiation.
package main

// Matrix is a dense row-major float64 matrix; IMatrix the same for int.
type Matrix struct {
	rows, cols int
	data       []float64
}

type IMatrix [][]int

func NewMatrix(rows, cols int) *Matrix {
	return &Matrix{rows, cols, make([]float64, rows*cols)}
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

// Mul returns m*o, or nil and false when the shapes do not match.
func (m *Matrix) Mul(o *Matrix) (*Matrix, bool) {
	if m.cols != o.rows {
		return nil, false
	}
	r := NewMatrix(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, true
}

func (m *Matrix) Print(name string) {
	println(name, m.rows, "x", m.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			print(" ", m.At(i, j))
		}
		println()
	}
}

func NewIMatrix(n int) IMatrix {
	m := make(IMatrix, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	return m
}

func Identity(n int) IMatrix {
	m := NewIMatrix(n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a IMatrix) Mul(b IMatrix) IMatrix {
	n := len(a)
	c := NewIMatrix(n)
	for i := 0; i < n; i++ {
		for k := 0; k < n; k++ {
			aik := a[i][k]
			for j := 0; j < n; j++ {
				c[i][j] += aik * b[k][j]
			}
		}
	}
	return c
}

// Pow computes a**e by repeated squaring.
func (a IMatrix) Pow(e int) IMatrix {
	r := Identity(len(a))
	for e > 0 {
		if e&1 == 1 {
			r = r.Mul(a)
		}
		a = a.Mul(a)
		e >>= 1
	}
	return r
}

func (a IMatrix) Trace() (t int) {
	for i := range a {
		t += a[i][i]
	}
	return
}

func main() {
	a := NewMatrix(2, 3)
	b := NewMatrix(3, 2)
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			a.Set(i, j, float64(i+j)+0.5)
			b.Set(j, i, float64(i*j)-1.25)
		}
	}
	a.Print("a")
	b.Print("b")
	if c, ok := a.Mul(b); ok {
		c.Print("a*b")
	}
	if _, ok := a.Mul(a); !ok {
		println("a*a: shape mismatch")
	}

	fib := IMatrix{{1, 1}, {1, 0}}
	for _, e := range []int{1, 10, 50, 90} {
		p := fib.Pow(e)
		println("fib", e, "=", p[0][1], "trace", p.Trace())
	}
	m := NewIMatrix(4)
	for i := range m {
		for j := range m[i] {
			m[i][j] = (i*4 + j) % 5 - 2
		}
	}
	m3 := m.Pow(3)
	for _, row := range m3 {
		for j, v := range row {
			if j > 0 {
				print(" ")
			}
			print(v)
		}
		println()
	}
}

// Expected output, from go 1.19 (go run):
// CHECK: a 2 x 3
// CHECK-NEXT:  +5.000000e-001 +1.500000e+000 +2.500000e+000
// CHECK-NEXT:  +1.500000e+000 +2.500000e+000 +3.500000e+000
// CHECK-NEXT: b 3 x 2
// CHECK-NEXT:  -1.250000e+000 -1.250000e+000
// CHECK-NEXT:  -1.250000e+000 -2.500000e-001
// CHECK-NEXT:  -1.250000e+000 +7.500000e-001
// CHECK-NEXT: a*b 2 x 2
// CHECK-NEXT:  -5.625000e+000 +8.750000e-001
// CHECK-NEXT:  -9.375000e+000 +1.250000e-001
// CHECK-NEXT: a*a: shape mismatch
// CHECK-NEXT: fib 1 = 1 trace 1
// CHECK-NEXT: fib 10 = 55 trace 123
// CHECK-NEXT: fib 50 = 12586269025 trace 28143753123
// CHECK-NEXT: fib 90 = 2880067194370816120 trace 6440026026380244498
// CHECK-NEXT: 9 -10 -19 7
// CHECK-NEXT: 22 20 -2 -19
// CHECK-NEXT: -20 25 20 -10
// CHECK-NEXT: -17 -20 22 9
// CHECK-NOT: {{.}}
