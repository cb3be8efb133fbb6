// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// A case of interface type in a switch on a non-interface tag (or on the missing tag `true`)
// compares the tag converted to that interface, as gc does.
package main

func main() {
	var yes, no interface{} = true, false
	b := true
	switch b {
	case no:
		println("wrong")
	case yes:
		println("tag matched yes") // CHECK: tag matched yes
	}
	switch {
	case no:
		println("wrong")
	case yes:
		println("tagless matched yes") // CHECK-NEXT: tagless matched yes
	}
	var s interface{} = "x"
	switch {
	case s, no:
		println("wrong")
	default:
		println("default") // CHECK-NEXT: default
	}
}
