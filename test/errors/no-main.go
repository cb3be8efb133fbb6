// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// A main package without func main (gc's linker: "function main is undeclared in the main package").
// CHECK: function main is undeclared in the main package
package main

func helper() {
}
