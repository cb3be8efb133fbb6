package main

import (
	f "fmt"
	"sort"
	"strings"

	"example.com/esc/lib"
)

func main() {
	a, b, c := 1, 2, 3
	lib.Keep(&a)
	n := lib.Read(&b)
	q := lib.Id(&c)
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	i := strings.Index("chicken", "ken")
	f.Println(n, *q, xs, i)
}
