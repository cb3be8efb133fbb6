// RUN: %gosubc build -emit-llvm -O0 -o %t.ll %s && FileCheck %s < %t.ll
// A function with defer registers a frame, calls _setjmp, and runs its deferred calls before each
// return; a top-level defer's record stays in the frame, one in a loop goes to the heap.
package main

// CHECK-LABEL: define internal i64 @main.f(
// CHECK: %defer.rec = alloca
// CHECK: call void @gosub_defer_enter(ptr %defer.frame, ptr %defers)
// CHECK: call i32 @_setjmp(ptr %jmpbuf) #[[RT:[0-9]+]]
// CHECK: defer.recovered:
// CHECK: call void @go.rundefers(ptr %defers)
// CHECK-NEXT: call void @gosub_defer_leave(ptr %defer.frame)
// CHECK: store ptr @main.f.deferwrap{{[0-9]+}}
// CHECK: call ptr @gosub_alloc
// CHECK: store ptr @main.f.deferwrap{{[0-9]+}}
// CHECK: call void @go.rundefers(ptr %defers)
// CHECK-NEXT: call void @gosub_defer_leave(ptr %defer.frame)
// CHECK: ret i64
func f(n int) (r int) {
	defer println("top-level")
	for i := 0; i < n; i++ {
		defer println("in loop", i)
	}
	return n
}

func main() { println(f(2)) }

// CHECK: attributes #[[RT]] = { returns_twice }
