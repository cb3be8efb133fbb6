// maps: a word-frequency workload over generated keys: string keys built
// from a pseudo-random generator, counted in a map[string]int, then an
// int-keyed map of the counts; exercises hashing, growth and lookups.
package main

const N = 2000000

func main() {
	counts := make(map[string]int)
	seed := uint32(12345)
	buf := make([]byte, 8)
	for i := 0; i < N; i++ {
		seed = seed*1664525 + 1013904223
		n := 3 + int(seed>>29)%4
		r := seed
		for k := 0; k < n; k++ {
			buf[k] = byte('a' + r%7)
			r /= 7
		}
		counts[string(buf[:n])]++
	}
	hist := make(map[int]int)
	sum := 0
	for w, c := range counts {
		hist[c]++
		sum += c * (len(w) + int(w[0]))
	}
	hits := 0
	for c := 1; c < 1000; c++ {
		hits += hist[c]
	}
	_, ok := counts["abc"]
	println("maps", len(counts), len(hist), hits, sum, ok)
}
