// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Goroutines are not in gosub's subset yet: the go statement is rejected with a clear message.
package main

func main() {
	// CHECK: go-statement.go:[[#@LINE+1]]:2: {{.*}}not supported by gosub
	go func() {}()
}
