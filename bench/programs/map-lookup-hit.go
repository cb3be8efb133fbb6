// map-lookup-hit: lookups of keys that are present, in a pseudo-random order: an int-keyed map
// of N entries (about 2 MB of entries: in the L2/L3 caches), then a string-keyed one of N/4.
package main

const N = 100000

func main() {
	keys := make([]int, N)
	m := make(map[int]int)
	for i := range keys {
		keys[i] = int(uint64(i+1) * 0x9E3779B97F4A7C15 >> 20) // distinct, scattered
		m[keys[i]] = i
	}
	sum := 0
	for r := 0; r < 30; r++ {
		j := uint64(r)
		for i := 0; i < N; i++ {
			j = (j + 7919) % N
			sum += m[keys[j]]
		}
	}
	words := make([]string, N/4)
	ms := make(map[string]int)
	for i := range words {
		words[i] = "key-" + hex(keys[i])
		ms[words[i]] = i
	}
	for r := 0; r < 30; r++ {
		j := uint64(r)
		for i := 0; i < N/4; i++ {
			j = (j + 7919) % (N / 4)
			if v, ok := ms[words[j]]; ok {
				sum += v
			}
		}
	}
	println("map-lookup-hit", len(m), len(ms), sum)
}

// hex: n in hexadecimal, lowest digit first.
func hex(n int) string {
	var b []byte
	for ; n > 0; n >>= 4 {
		b = append(b, "0123456789abcdef"[n&15])
	}
	return string(b)
}
