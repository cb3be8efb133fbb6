// map-lookup-miss: lookups of absent keys: an int-keyed map of N even keys probed with odd
// ones, then a string-keyed map of N/4 probed with keys of the same length that it lacks.
package main

const N = 100000

func next(x uint64) uint64 {
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	return x
}

func main() {
	x := uint64(88172645463325252)
	keys := make([]int, N)
	m := make(map[int]int)
	for i := range keys {
		x = next(x)
		keys[i] = int(x>>20) &^ 1
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
	words := make([]string, N/4)
	absent := make([]string, N/4)
	ms := make(map[string]int)
	for i := range words {
		words[i] = "key-" + itoa(keys[i])
		absent[i] = "kez-" + itoa(keys[i])
		ms[words[i]] = i
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

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}
