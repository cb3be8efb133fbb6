// map-lookup-miss: lookups of absent keys: an int-keyed map of N even keys probed with odd
// ones, then a string-keyed map of N/4 probed with keys of the same length that it lacks.
package main

const N = 100000

func main() {
	keys := make([]int, N)
	m := make(map[int]int)
	x := uint64(1)
	for i := range keys {
		x = x*6364136223846793005 + 1442695040888963407 // an LCG: Knuth's MMIX constants
		keys[i] = int(x>>21) &^ 1
		m[keys[i]] = i
	}
	sum := 0
	for r := 0; r < 20; r++ {
		j := uint64(r)
		for i := 0; i < N; i++ {
			j = (j + 7919) % N
			if _, ok := m[keys[j]+1]; !ok {
				sum++
			}
		}
	}
	present := make([]string, N/4)
	absent := make([]string, N/4)
	ms := make(map[string]int)
	for i := range present {
		b := []byte("key-")
		for n := keys[i]; n > 0; n /= 26 {
			b = append(b, byte('a'+n%26))
		}
		present[i] = string(b)
		b[2] = 'z'
		absent[i] = string(b)
		ms[present[i]] = i
	}
	for r := 0; r < 20; r++ {
		j := uint64(r)
		for i := 0; i < N/4; i++ {
			j = (j + 7919) % (N / 4)
			sum += ms[absent[j]] + 1
		}
	}
	println("map-lookup-miss", len(m), len(ms), sum)
}
