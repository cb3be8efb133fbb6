// map-small: a map of 8 string keys in a hot loop (a keyword table): lookups that hit and
// miss, and updates of the values, plus a small int-keyed map built and read per iteration.
package main

const N = 2000000

func main() {
	words := []string{"if", "else", "for", "range", "func", "return", "go", "defer", "break", "case"}
	kw := map[string]int{}
	for i := 0; i < 8; i++ {
		kw[words[i]] = i
	}
	sum := 0
	for i := 0; i < N; i++ {
		w := words[i%10]
		if v, ok := kw[w]; ok {
			sum += v
			kw[w] = v + 1&7
		}
	}
	for i := 0; i < N/8; i++ {
		small := make(map[int]int, 8)
		for j := 0; j < 8; j++ {
			small[j*i] = j
		}
		sum += small[i] + len(small)
	}
	println("map-small", len(kw), sum)
}
