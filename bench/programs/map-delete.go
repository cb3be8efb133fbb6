// map-delete: deleting present keys and putting them back: a map of N int keys loses and
// regains half its keys each round (one delete per insert), plus deletes of absent keys.
package main

const N = 100000

func main() {
	keys := make([]int, N)
	m := make(map[int]int)
	x := uint64(88172645463325252)
	for i := range keys {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		keys[i] = int(x >> 20)
		m[keys[i]] = i
	}
	sum := 0
	for r := 0; r < 30; r++ {
		for i := r & 1; i < N; i += 2 {
			delete(m, keys[i])
			delete(m, keys[i]^1)
		}
		sum += len(m)
		for i := r & 1; i < N; i += 2 {
			m[keys[i]] = r
		}
	}
	println("map-delete", len(m), sum)
}
