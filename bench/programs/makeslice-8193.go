// makeslice-8193: make([]int, 8193) in a loop: 8193 ints, one past the 64 KiB implicit-stack limit ("too large for stack"), so the slice goes to the heap.
// Trio: makeslice-8192.go, makeslice-8193.go, makeslice-n.go do the same work.
package main

const N = 12000

var size = 8192

func main() {
	sum := 0
	for i := 0; i < N; i++ {
		s := make([]int, 8193)
		for j := i & 63; j < 8192; j += 64 {
			s[j] = i + j
		}
		for j := 0; j < 8192; j += 512 {
			sum += s[j]
		}
	}
	println("makeslice", sum, size)
}
