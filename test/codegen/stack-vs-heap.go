// RUN: %gosubc build -emit-llvm -O0 -o %t.ll %s && FileCheck %s < %t.ll
// Escape decisions pick the storage: entry-block allocas for locals that stay, gosub_alloc for
// variables moved to heap.
package main

var sink *int

// CHECK-LABEL: define internal i64 @main.local(
// CHECK: %x.addr = alloca i64
// CHECK-NOT: gosub_alloc
// CHECK: ret i64
func local() int {
	x := 1
	p := &x
	*p = 2
	return x
}

// CHECK-LABEL: define internal void @main.leak(
// CHECK: %y = call ptr @gosub_alloc(i64 8, i1 true)
func leak() {
	y := 3
	sink = &y
}

func main() {
	println(local())
	leak()
}
