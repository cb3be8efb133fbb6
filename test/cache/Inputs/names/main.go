package main

import (
	"fmt"

	arand "example.com/names/a/rand"
	brand "example.com/names/b/rand"
)

func main() {
	fmt.Println(arand.IsMine(arand.Value()), arand.IsMine(brand.Value()))
	fmt.Println(brand.IsMine(brand.Value()), brand.IsMine(arand.Value()))
	fmt.Println(arand.IsMyLocal(arand.Local()), brand.IsMyLocal(arand.Local()))
	fmt.Printf("%T %T\n", arand.Value(), brand.Value())
}
