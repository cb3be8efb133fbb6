package main

import (
	"fmt"

	"example.com/cached/lib"
)

func main() {
	var v interface{} = lib.Box{N: 21}
	if b, ok := v.(lib.Box); ok {
		fmt.Println("scaled:", b.Scaled())
	}
}
