// map-range: `for k, v := range m` over an int-keyed map of N entries, repeated, and over a
// string-keyed one; the sums do not depend on the (random) order.
package main

const N = 100000

func main() {
	m := make(map[int]int)
	ms := make(map[string]int)
	for i := 0; i < N; i++ {
		m[i*7] = i
	}
	for i := 0; i < N/10; i++ {
		ms["k"+string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676))] = i
	}
	sum := 0
	for r := 0; r < 150; r++ {
		for k, v := range m {
			sum += k ^ v
		}
		for k, v := range ms {
			sum += len(k) + v
		}
	}
	println("map-range", len(m), len(ms), sum)
}
