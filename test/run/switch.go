// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// Expression and tagless switches, default in the middle, fallthrough, break inside a case.
package main

func kind(n int) string {
	switch n {
	case 0:
		return "zero"
	default:
		return "many"
	case 1, 2:
		return "few"
	}
}

func grade(s int) string {
	switch {
	case s >= 90:
		return "A"
	case s >= 80:
		return "B"
	}
	return "C"
}

func main() {
	println(kind(0), kind(2), kind(7)) // CHECK: zero few many
	println(grade(95), grade(85), grade(10)) // CHECK-NEXT: A B C
	switch x := 1; x {
	case 1:
		print("one ")
		fallthrough
	case 2:
		print("two ")
		if x == 1 {
			break
		}
		print("not printed")
	case 3:
		print("three")
	}
	println() // CHECK-NEXT: one two
	switch s := "go"; s + "sub" {
	case "gosub":
		println("string case") // CHECK-NEXT: string case
	}
}
