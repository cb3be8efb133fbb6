package main

import (
	"fmt"

	"example.com/tags/plat"
)

func main() {
	for _, n := range plat.Notes {
		fmt.Println(n)
	}
}
