// spectral-norm: the Benchmarks Game floating-point workload: the spectral
// norm of an infinite matrix by the power method. Written without the math
// package (gosub has none yet), so the final square root is Newton's method.
package main

const N = 1800

func evalA(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func times(v []float64, u []float64) {
	for i := range v {
		a := 0.0
		for j := range u {
			a += evalA(i, j) * u[j]
		}
		v[i] = a
	}
}

func timesTransp(v []float64, u []float64) {
	for i := range v {
		a := 0.0
		for j := range u {
			a += evalA(j, i) * u[j]
		}
		v[i] = a
	}
}

func aTimesTransp(v []float64, u []float64, tmp []float64) {
	times(tmp, u)
	timesTransp(v, tmp)
}

func sqrt(x float64) float64 {
	g := x
	if g < 1 {
		g = 1
	}
	for i := 0; i < 60; i++ {
		g = 0.5 * (g + x/g)
	}
	return g
}

func main() {
	n := N
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		aTimesTransp(v, u, tmp)
		aTimesTransp(u, v, tmp)
	}
	vBv, vv := 0.0, 0.0
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	r := sqrt(vBv / vv)
	println("spectral-norm", n, int64(r*1e9))
}
