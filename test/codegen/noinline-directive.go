// RUN: %gosubc build -emit-llvm -o - %s | FileCheck %s
// //go:noinline keeps a function out of line (LLVM's noinline attribute), as gc does; a plain
// function of the same shape is inlined and disappears.
package main

var sink int

// CHECK: define internal {{.*}}@main.kept({{.*}}) {{.*}}#[[ATTR:[0-9]+]]
//
//go:noinline
func kept(x int) int { return x * 3 }

func inlined(x int) int { return x * 5 }

func main() {
	sink = kept(sink) + inlined(sink)
}

// CHECK-NOT: define {{.*}}@main.inlined
// CHECK: attributes #[[ATTR]] = { {{.*}}noinline
