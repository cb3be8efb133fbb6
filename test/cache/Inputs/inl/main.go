package main

import "example.com/inl/lib"

func main() {
	s := 0
	for i := 0; i < 1000; i++ {
		s += lib.Small(i) + lib.Counted(i)
	}
	println(s)
}
