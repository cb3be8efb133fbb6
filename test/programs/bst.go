// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -escape=off -o %t3 %s && %t3 2>&1 | FileCheck %s
// A binary search tree: insert, find, delete (all three cases), in-order walk with closures, recursive methods on nil receivers.
package main

type Node struct {
	key         int
	val         string
	left, right *Node
}

type Tree struct {
	root *Node
	size int
}

// Insert adds key or replaces its value; it reports whether the key was new.
func (t *Tree) Insert(key int, val string) bool {
	p := &t.root
	for *p != nil {
		switch n := *p; {
		case key < n.key:
			p = &n.left
		case key > n.key:
			p = &n.right
		default:
			n.val = val
			return false
		}
	}
	*p = &Node{key: key, val: val}
	t.size++
	return true
}

func (t *Tree) Find(key int) (string, bool) {
	n := t.root
	for n != nil {
		if key == n.key {
			return n.val, true
		} else if key < n.key {
			n = n.left
		} else {
			n = n.right
		}
	}
	return "", false
}

// deleteNode removes key from the subtree at n and returns the new subtree root.
func deleteNode(n *Node, key int, found *bool) *Node {
	if n == nil {
		return nil
	}
	if key < n.key {
		n.left = deleteNode(n.left, key, found)
		return n
	}
	if key > n.key {
		n.right = deleteNode(n.right, key, found)
		return n
	}
	*found = true
	if n.left == nil {
		return n.right
	}
	if n.right == nil {
		return n.left
	}
	// Two children: replace by the in-order successor, then delete it on the right.
	succ := n.right
	for succ.left != nil {
		succ = succ.left
	}
	n.key, n.val = succ.key, succ.val
	n.right = deleteNode(n.right, succ.key, found)
	return n
}

func (t *Tree) Delete(key int) bool {
	found := false
	t.root = deleteNode(t.root, key, &found)
	if found {
		t.size--
	}
	return found
}

func (n *Node) walk(visit func(*Node)) {
	if n == nil {
		return
	}
	n.left.walk(visit)
	visit(n)
	n.right.walk(visit)
}

func (n *Node) height() int {
	if n == nil {
		return 0
	}
	l, r := n.left.height(), n.right.height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Print(label string) {
	print(label, " (size ", t.size, ", height ", t.root.height(), "):")
	t.root.walk(func(n *Node) { print(" ", n.key, "=", n.val) })
	println()
}

func main() {
	var t Tree
	words := []string{"fifty", "thirty", "seventy", "twenty", "forty", "sixty", "eighty", "thirtyfive", "ten", "fortyfive"}
	keys := []int{50, 30, 70, 20, 40, 60, 80, 35, 10, 45}
	for i, k := range keys {
		t.Insert(k, words[i])
	}
	println("reinsert 40 new?", t.Insert(40, "FORTY"))
	t.Print("built")

	sum := 0
	t.root.walk(func(n *Node) { sum += n.key })
	println("sum of keys:", sum)

	for _, k := range []int{35, 99, 10} {
		v, ok := t.Find(k)
		println("find", k, ok, v)
	}
	for _, k := range []int{20, 30, 50, 99, 70} {
		println("delete", k, t.Delete(k))
		t.Print("  now")
	}
	for t.root != nil {
		t.Delete(t.root.key)
	}
	t.Print("emptied")
}

// Expected output, from go 1.19 (go run):
// CHECK: reinsert 40 new? false
// CHECK-NEXT: built (size 10, height 4): 10=ten 20=twenty 30=thirty 35=thirtyfive 40=FORTY 45=fortyfive 50=fifty 60=sixty 70=seventy 80=eighty
// CHECK-NEXT: sum of keys: 440
// CHECK-NEXT: find 35 true thirtyfive
// CHECK-NEXT: find 99 false 
// CHECK-NEXT: find 10 true ten
// CHECK-NEXT: delete 20 true
// CHECK-NEXT:   now (size 9, height 4): 10=ten 30=thirty 35=thirtyfive 40=FORTY 45=fortyfive 50=fifty 60=sixty 70=seventy 80=eighty
// CHECK-NEXT: delete 30 true
// CHECK-NEXT:   now (size 8, height 4): 10=ten 35=thirtyfive 40=FORTY 45=fortyfive 50=fifty 60=sixty 70=seventy 80=eighty
// CHECK-NEXT: delete 50 true
// CHECK-NEXT:   now (size 7, height 4): 10=ten 35=thirtyfive 40=FORTY 45=fortyfive 60=sixty 70=seventy 80=eighty
// CHECK-NEXT: delete 99 false
// CHECK-NEXT:   now (size 7, height 4): 10=ten 35=thirtyfive 40=FORTY 45=fortyfive 60=sixty 70=seventy 80=eighty
// CHECK-NEXT: delete 70 true
// CHECK-NEXT:   now (size 6, height 4): 10=ten 35=thirtyfive 40=FORTY 45=fortyfive 60=sixty 80=eighty
// CHECK-NEXT: emptied (size 0, height 0):
// CHECK-NOT: {{.}}
