// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// Mutually recursive functions are analysed together as one call-graph component.
package main

type Node struct {
	next *Node
	val  int
}

// Functions calling each other are analysed together (one strongly connected component of
// the call graph): the summaries come out of the fixed point, not from a guess.
// CHECK: :[[#@LINE+1]]:11: n does not escape
func even(n *Node) bool {
	if n == nil {
		return true
	}
	return odd(n.next)
}

// CHECK: :[[#@LINE+1]]:10: n does not escape
func odd(n *Node) bool {
	if n == nil {
		return false
	}
	return even(n.next)
}

// A recursive function returning its parameter's content.
// CHECK: :[[#@LINE+1]]:11: leaking param: n to result ~r0 level=0
func last(n *Node) *Node {
	if n.next == nil {
		return n
	}
	return last(n.next)
}

func main() {
	c := Node{val: 3}
	b := Node{next: &c, val: 2}
	a := Node{next: &b, val: 1}
	println(even(&a), last(&a).val)
}
