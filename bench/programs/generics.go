// Generics, monomorphized by gosub and GC-shape stenciled (with dictionaries) by gc 1.19:
// a generic Sum over []int and []float64, a generic sorted container (binary search and
// insertion), and a method call through a type parameter in a hot loop.
package main

const N = 10000000

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

// Sorted keeps its elements in increasing order, without duplicates.
type Sorted[T Ordered] struct {
	items []T
}

func (s *Sorted[T]) search(x T) int {
	lo, hi := 0, len(s.items)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.items[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func (s *Sorted[T]) Insert(x T) {
	i := s.search(x)
	if i < len(s.items) && s.items[i] == x {
		return
	}
	s.items = append(s.items, x)
	copy(s.items[i+1:], s.items[i:])
	s.items[i] = x
}

func (s *Sorted[T]) Has(x T) bool {
	i := s.search(x)
	return i < len(s.items) && s.items[i] == x
}

type Adder interface {
	Add(int)
	Total() int
}

type Counter struct{ n, calls int }

func (c *Counter) Add(k int) {
	c.n += k ^ c.calls
	c.calls++
}

func (c *Counter) Total() int { return c.n + c.calls }

// Accumulate calls a method through the type parameter A in its loop.
func Accumulate[A Adder](a A, n int) int {
	for i := 0; i < n; i++ {
		a.Add(i & 1023)
	}
	return a.Total()
}

func main() {
	ints := make([]int, 1000)
	floats := make([]float64, 1000)
	for i := range ints {
		ints[i] = i * 7 % 1000
		floats[i] = float64(i) * 0.5
	}
	total := 0
	ftotal := 0.0
	for r := 0; r < N/1000; r++ {
		ints[r%1000] = r
		total += Sum(ints)
		ftotal += Sum(floats)
	}
	var set Sorted[int]
	x := 1
	for i := 0; i < 20000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		set.Insert(x % 100000)
	}
	hits := 0
	for i := 0; i < N/10; i++ {
		if set.Has(i % 200000) {
			hits++
		}
	}
	var c Counter
	acc := Accumulate(&c, 10*N)
	println(total, int(ftotal), len(set.items), hits, acc)
}
