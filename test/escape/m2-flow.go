// RUN: %gosubc build -m=2 -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// -m=2 explains an escape with the flow that causes it.
package main

func f() *int {
	// CHECK: :[[#@LINE+5]]:2: x escapes to heap:
	// CHECK-NEXT: :[[#@LINE+4]]:2:   flow: ~r0 = &x:
	// CHECK-NEXT: :[[#@LINE+3]]:2:     from &x (address-of) at {{.*}}m2-flow.go:[[#@LINE+4]]:9
	// CHECK-NEXT: :[[#@LINE+2]]:2:     from return &x (return) at {{.*}}m2-flow.go:[[#@LINE+3]]:2
	// CHECK-NEXT: :[[#@LINE+1]]:2: moved to heap: x
	x := 0
	return &x
}

func main() {
	println(*f())
}
