// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Channels and select are not in gosub's subset yet: select is rejected with a clear message.
package main

func main() {
	// CHECK: select-statement.go:[[#@LINE+1]]:2: {{.*}}not supported by gosub
	select {}
}
