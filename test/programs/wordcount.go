// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -escape=off -o %t3 %s && %t3 2>&1 | FileCheck %s
// Word count: map[string]int, keys sorted by insertion sort, entries by quicksort, map of slices, delete, []byte to string.
package main

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// words splits s into lower-case words made of ASCII letters.
func words(s string) []string {
	var out []string
	var cur []byte
	for i := 0; i <= len(s); i++ {
		if i < len(s) && isLetter(s[i]) {
			cur = append(cur, lower(s[i]))
			continue
		}
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	return out
}

type Entry struct {
	word  string
	count int
}

// less orders by descending count, then ascending word.
func less(a, b Entry) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	return a.word < b.word
}

func insertionSort(keys []string) {
	for i := 1; i < len(keys); i++ {
		k := keys[i]
		j := i - 1
		for j >= 0 && keys[j] > k {
			keys[j+1] = keys[j]
			j--
		}
		keys[j+1] = k
	}
}

func quicksort(es []Entry) {
	if len(es) < 2 {
		return
	}
	pivot := es[len(es)/2]
	i, j := 0, len(es)-1
	for i <= j {
		for less(es[i], pivot) {
			i++
		}
		for less(pivot, es[j]) {
			j--
		}
		if i <= j {
			es[i], es[j] = es[j], es[i]
			i++
			j--
		}
	}
	quicksort(es[:j+1])
	quicksort(es[i:])
}

func main() {
	ws := words(text)
	counts := make(map[string]int)
	for _, w := range ws {
		counts[w]++
	}
	println("words:", len(ws), "distinct:", len(counts))

	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	insertionSort(keys)
	println("alphabetical:")
	for _, k := range keys {
		println(" ", k, counts[k])
	}

	var es []Entry
	for w, c := range counts {
		es = append(es, Entry{w, c})
	}
	quicksort(es)
	println("top 5:")
	for i, e := range es {
		if i == 5 {
			break
		}
		println(" ", i+1, e.word, e.count)
	}
	byLen := map[int][]string{}
	longest := 0
	for _, k := range keys {
		byLen[len(k)] = append(byLen[len(k)], k)
		if len(k) > longest {
			longest = len(k)
		}
	}
	for n := 1; n <= longest; n++ {
		if ws, ok := byLen[n]; ok {
			print(n, ":")
			for _, w := range ws {
				print(" ", w)
			}
			println()
		}
	}
	delete(counts, "it")
	_, ok := counts["it"]
	println("after delete:", len(counts), ok)
}

// Expected output, from go 1.19 (go run):
// CHECK: words: 60 distinct: 20
// CHECK-NEXT: alphabetical:
// CHECK-NEXT:   age 2
// CHECK-NEXT:   belief 1
// CHECK-NEXT:   best 1
// CHECK-NEXT:   darkness 1
// CHECK-NEXT:   despair 1
// CHECK-NEXT:   epoch 2
// CHECK-NEXT:   foolishness 1
// CHECK-NEXT:   hope 1
// CHECK-NEXT:   incredulity 1
// CHECK-NEXT:   it 10
// CHECK-NEXT:   light 1
// CHECK-NEXT:   of 10
// CHECK-NEXT:   season 2
// CHECK-NEXT:   spring 1
// CHECK-NEXT:   the 10
// CHECK-NEXT:   times 2
// CHECK-NEXT:   was 10
// CHECK-NEXT:   winter 1
// CHECK-NEXT:   wisdom 1
// CHECK-NEXT:   worst 1
// CHECK-NEXT: top 5:
// CHECK-NEXT:   1 it 10
// CHECK-NEXT:   2 of 10
// CHECK-NEXT:   3 the 10
// CHECK-NEXT:   4 was 10
// CHECK-NEXT:   5 age 2
// CHECK-NEXT: 2: it of
// CHECK-NEXT: 3: age the was
// CHECK-NEXT: 4: best hope
// CHECK-NEXT: 5: epoch light times worst
// CHECK-NEXT: 6: belief season spring winter wisdom
// CHECK-NEXT: 7: despair
// CHECK-NEXT: 8: darkness
// CHECK-NEXT: 11: foolishness incredulity
// CHECK-NEXT: after delete: 19 false
// CHECK-NOT: {{.}}
