// RUN: %gosubc build -o %t %s && %t > %t.out && diff %S/Inputs/defer-variadic.out %t.out
// deferred fmt calls and deferred variadic calls in a loop keep each iteration's operands; f(g()) spreads into ...any
package main

import "fmt"

var out string

func collect(args ...interface{}) { out += fmt.Sprint(args...) }

func two() (int, string) { return 7, "seven" }

func loop() {
	for i := 0; i < 4; i++ {
		defer collect(i, "-")
		defer fmt.Print(i, " ")
	}
	v := 0.0
	for i := 0; i < 3; i++ {
		v += 0.1
		defer fmt.Println(v)
	}
}

func main() {
	defer fmt.Println("last")
	loop()
	fmt.Println()
	fmt.Println(out)
	fmt.Println(two())
	fmt.Println(fmt.Sprint(two()))
}
