// map-insert: building maps by insertion with no size hint, so growth is part of the cost:
// rounds of N pseudo-random int keys, then rounds of N/4 string keys.
package main

const N = 200000

func next(x uint64) uint64 {
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	return x
}

func main() {
	sum := 0
	x := uint64(88172645463325252)
	for r := 0; r < 4; r++ {
		m := make(map[int]int)
		for i := 0; i < N; i++ {
			x = next(x)
			m[int(x>>36)] = i
		}
		sum += len(m) + m[int(x>>36)]
	}
	words := make([]string, N/4)
	for i := range words {
		x = next(x)
		words[i] = "w" + itoa(int(x>>44))
	}
	for r := 0; r < 4; r++ {
		m := make(map[string]int)
		for i, w := range words {
			m[w] = i
		}
		sum += len(m) + m[words[r]]
	}
	println("map-insert", sum)
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
