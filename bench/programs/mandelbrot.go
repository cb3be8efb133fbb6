// mandelbrot: the Benchmarks Game floating-point workload; instead of writing
// a PBM image it folds the bitmap's bytes into a checksum.
package main

const N = 2000

const iterations = 50

func main() {
	size := N
	rowBytes := (size + 7) / 8
	sum := 0
	ones := 0
	inv := 2.0 / float64(size)
	for y := 0; y < size; y++ {
		ci := float64(y)*inv - 1.0
		for xb := 0; xb < rowBytes; xb++ {
			bits := 0
			for bit := 0; bit < 8; bit++ {
				x := xb*8 + bit
				cr := float64(x)*inv - 1.5
				zr, zi := 0.0, 0.0
				tr, ti := 0.0, 0.0
				i := 0
				for ; i < iterations && tr+ti <= 4.0; i++ {
					zi = 2.0*zr*zi + ci
					zr = tr - ti + cr
					tr = zr * zr
					ti = zi * zi
				}
				bits <<= 1
				if tr+ti <= 4.0 && x < size {
					bits |= 1
					ones++
				}
			}
			sum = (sum*31 + bits) & 0xffffffff
		}
	}
	println("mandelbrot", size, ones, sum)
}
