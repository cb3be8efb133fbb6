// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// An embedded instance with promoted methods (and in an interface), a recursive generic tree,
// a generic closure, instances in composite literals and %T/%+v; output as gc prints it.
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s Stack[T]) Len() int   { return len(s.items) }

type Named struct {
	Stack[string]
	name string
}

type Tree[T interface{ ~int | ~string }] struct {
	left, right *Tree[T]
	val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{val: v}
	}
	if v < t.val {
		t.left = t.left.Insert(v)
	} else {
		t.right = t.right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.left.Walk(f)
	f(t.val)
	t.right.Walk(f)
}

func MakeCounter[T any]() func(T) int {
	n := 0
	return func(T) int { n++; return n }
}

type Lener interface{ Len() int }

func main() {
	// CHECK: 2 2 true
	// CHECK-NEXT: acmx
	// CHECK-NEXT: 2
	// CHECK-NEXT: map[k:{[1 2]}] map[string]main.Stack[int]
	// CHECK-NEXT: {Stack:{items:[a b]} name:}
	var n Named
	n.Push("a")
	n.Stack.Push("b")
	var l Lener = n
	fmt.Println(n.Len(), l.Len(), n.name == "")
	var t *Tree[string]
	for _, s := range []string{"m", "c", "x", "a"} {
		t = t.Insert(s)
	}
	t.Walk(func(s string) { fmt.Print(s) })
	fmt.Println()
	c := MakeCounter[float64]()
	c(1)
	fmt.Println(c(2))
	m := map[string]Stack[int]{"k": {items: []int{1, 2}}}
	fmt.Printf("%v %T\n", m, m)
	fmt.Printf("%+v\n", n)
}
