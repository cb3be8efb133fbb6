// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// String concatenation, comparisons and range over a string decoding UTF-8.
package main

func main() {
	s := "héllo"
	t := s + ", " + "wörld" + "!"
	println(t) // CHECK: héllo, wörld!
	println(s < "hz", s == "héllo", s != t, "abc" > "abd", "" < "a") // CHECK-NEXT: false true true false true
	for i, r := range "aé€\xff" {
		print(i, ":", r, " ")
	}
	println() // CHECK-NEXT: 0:97 1:233 3:8364 6:65533
	n := 0
	for range s {
		n++
	}
	println(n) // CHECK-NEXT: 5
	u := ""
	u += "x"
	u += "y"
	println(u, len(u)) // CHECK-NEXT: xy 2
}
