// startup: does nothing but print one line, so its time is each build's fixed
// cost of starting and stopping a process (runtime set-up, dynamic linking).
// Read the other programs' short times against it.
package main

func main() {
	println("startup", 0)
}
