// RUN: rm -rf %t && mkdir -p %t && cd %t && %gosubc build %s
// RUN: %t/default-output 2>&1 | FileCheck %s
// Without -o, build writes ./<first file's name without .go>, as `go build` does.
package main

func main() {
	println("built as default-output") // CHECK: built as default-output
}
