// RUN: %gosubc build -o %t %s
// RUN: sh -c '%t a "b c"; echo "exit status $?"' > %t.out 2> %t.err
// RUN: diff %S/Inputs/os-exit.out %t.out
// RUN: diff %S/Inputs/os-exit.err %t.err
// os.Exit's status, deferred calls that do not run, os.Args, and Fprint* to os.Stdout and os.Stderr.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println(len(os.Args) - 1, os.Args[1:])
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	fmt.Fprintf(os.Stdout, "%s|%d\n", "to stdout", 2)
	fmt.Fprint(os.Stderr, "x", 3, "\n")
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	println("println goes to stderr")
	f := fmt.Sprintf
	fmt.Println(f("%03d", 7))
	w := os.Stdout
	fmt.Fprintln(w, "through a variable")
	os.Exit(3)
}
