// RUN: sh -c '%gosubc run %s; echo "exit status $?"' 2>&1 | FileCheck %s
// run passes the program's exit status through: os.Exit(3) gives 3.
package main

import "os"

func main() {
	os.Exit(3) // CHECK: exit status 3
}
