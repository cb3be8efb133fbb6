// hello.go: the first program. Build and run it with
//
//	./build/gosubc run examples/hello.go
//
// println is Go's built-in print: it writes to stderr and ends the line.
package main

func main() {
	println("hello, world")
}
