// binary-trees: the Benchmarks Game allocation workload, single-threaded:
// build and walk many short-lived binary trees plus one long-lived tree. Every
// node is a heap object; this measures the allocator and the collector.
package main

const N = 16

type Node struct {
	left, right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	minDepth := 4
	maxDepth := N
	if minDepth+2 > N {
		maxDepth = minDepth + 2
	}
	stretch := maxDepth + 1
	println("stretch tree of depth", stretch, "check:", bottomUp(stretch).check())

	longLived := bottomUp(maxDepth)
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iters := 1 << uint(maxDepth-depth+minDepth)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(depth).check()
		}
		println(iters, "trees of depth", depth, "check:", check)
	}
	println("long lived tree of depth", maxDepth, "check:", longLived.check())
}
