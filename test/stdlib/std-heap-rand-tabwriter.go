// RUN: %gosubc run %s | FileCheck %s --match-full-lines --strict-whitespace
// RUN: %gosubc run -O0 %s | FileCheck %s --match-full-lines --strict-whitespace
// container/heap, math/rand, bytes, path and text/tabwriter from Go's own sources; fmt.Fprintf
// to a *bytes.Buffer and to a *tabwriter.Writer.
// CHECK:2 3 5 8 
// CHECK-NEXT:5 87 0.604093851558642
// CHECK-NEXT:hello 03.14|ff true
// CHECK-NEXT:a/c/d.txt .gz b
// CHECK-NEXT:    a bbb  c
// CHECK-NEXT: aaaa   b cc
package main

import (
	"bytes"
	"container/heap"
	"fmt"
	"math/rand"
	"os"
	"path"
	"text/tabwriter"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Float64())
	var buf bytes.Buffer
	buf.WriteString("hello ")
	fmt.Fprintf(&buf, "%05.2f|%x", 3.14159, 255)
	fmt.Println(buf.String(), bytes.Contains(buf.Bytes(), []byte("llo")))
	fmt.Println(path.Join("a/b", "../c", "d.txt"), path.Ext("x.tar.gz"), path.Base("/a/b/"))
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tcc\t")
	w.Flush()
}
