// Package mid uses lib's generics with the same type arguments as main.
package mid

import "example.com/genmod/lib"

func Top(xs []int) int {
	var s lib.Stack[int]
	m := 0
	for _, x := range xs {
		m = lib.Max(m, x)
		s.Push(m)
	}
	return s.Pop()
}
