package main

import "example.com/bad/lib"

func main() {
	println(lib.Visible(), lib.hidden, lib.Missing)
}
