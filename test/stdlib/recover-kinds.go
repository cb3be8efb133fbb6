// RUN: %gosubc build -o %t %s && %t > %t.out && diff %S/Inputs/recover-kinds.out %t.out
// the recover of each runtime-error kind, printing the recovered error with fmt.Println
package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%-10s %v | %T | error: %t\n", name+":", r, r, isErr)
		if isErr {
			fmt.Println("  Error():", err.Error())
		}
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var i interface{} = "str"
	zero := 0
	n := -1
	try("index", func() { _ = s[5] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilderef", func() { _ = p.x })
	try("divide", func() { _ = 10 / zero })
	try("assert", func() { _ = i.(int) })
	try("slice", func() { _ = s[1:n+3] })
	try("makeslice", func() { _ = make([]int, n) })
	try("custom", func() { panic(fmt.Errorf("custom %d", 7)) })
	try("value", func() { panic(T{3}) })
	try("errors", func() { panic(errors.New("plain")) })
	try("string", func() { panic("just a string") })
	arr := [3]int{}
	k := 3
	try("array", func() { _ = arr[k] })
	str := "abc"
	try("strindex", func() { _ = str[k+1] })
	var e error
	try("nilerr", func() { _ = e.Error() })
	fmt.Println("done")
}
