// RUN: sh -c '%gosubc build -o %t %s; echo "exit status $?"' 2>&1 | FileCheck %s
// A compile error gives exit status 2, as `go build` does.
package main

func main() {
	x := undefinedName // CHECK: undefined: undefinedName
	_ = x
}
// CHECK: exit status 2
