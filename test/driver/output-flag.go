// RUN: %gosubc build -o %t.exe %s && %t.exe 2>&1 | FileCheck %s
// RUN: %gosubc build -o=%t.2.exe %s && %t.2.exe 2>&1 | FileCheck %s
// -o names the executable, written `-o file` or `-o=file` as Go's flags are.
package main

func main() {
	println("hello from -o") // CHECK: hello from -o
}
