package main

import (
	"fmt"

	"example.com/genmod/lib"
	"example.com/genmod/mid"
)

func main() {
	var s lib.Stack[int]
	s.Push(lib.Max(3, 7))
	s.Push(mid.Top([]int{4, 9, 2}))
	fmt.Println(s, lib.Max(2.5, 1.5))
	fmt.Printf("%T %v\n", s, s.Pop())
	var t fmt.Stringer = &s
	fmt.Println(t)
}
