// ptrslice-stack: a []Item filled by value; the backing array has a constant
// size and does not escape, so it lives in the frame and nothing is allocated.
// Pair: ptrslice-heap.go uses a []*Item.
package main

const N = 120000

const M = 64

type Item struct {
	ID, Weight int
}

//go:noinline
func total(items []Item) int {
	t := 0
	for _, it := range items {
		t += it.ID * it.Weight
	}
	return t
}

func main() {
	sum := 0
	for i := 0; i < N; i++ {
		items := make([]Item, 0, M)
		for j := 0; j < M; j++ {
			items = append(items, Item{ID: j, Weight: (i + j) & 7})
		}
		sum += total(items)
	}
	println("ptrslice", sum)
}
