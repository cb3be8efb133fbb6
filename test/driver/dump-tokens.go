// RUN: %gosubc build -dump-tokens %s | FileCheck %s
// -dump-tokens prints one token a line (`line:col KIND text`) and stops.
package main

// CHECK: [[#@LINE+1]]:1 FUNC func
func main() {
}
