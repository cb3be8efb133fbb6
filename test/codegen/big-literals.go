// RUN: python3 %S/Inputs/big_literals.py > %t.go
// RUN: %gosubc build -emit-llvm -O0 -o %t.ll %t.go
// RUN: FileCheck %s --implicit-check-not="load [1048576 x i8]" --implicit-check-not="load [100000 x i64]" < %t.ll
// RUN: %gosubc build -O2 -o %t %t.go && %t 2>&1 | FileCheck %s --check-prefix=OUT
// Generated big literals and values keep a size-independent IR shape: a package-level slice is
// static data, a local literal of constants one memcpy of a read-only image, a big map literal
// one insertion loop, big arguments and results go by address, range copies through memory.
// (Compile times: bench/compile_times.sh.)
// OUT: 20000 20000 300 7 0

// CHECK: @main.xs = global { ptr, i64, i64 } { ptr @[[XS:main..stmp[.0-9]*]], i64 20000, i64 20000 }
// CHECK: @[[XS]] = internal global [20000 x i64] [i64 0, i64 7,

// CHECK-LABEL: define internal { ptr, i64, i64 } @main.local(
// CHECK: call void @llvm.memcpy{{.*}}(ptr {{.*}}%slicelit, ptr {{.*}}@.lit, i64 640000, i1 false)
// CHECK-NOT: getelementptr
// CHECK: ret

// CHECK-LABEL: define internal ptr @main.table(
// CHECK-COUNT-1: call ptr @gosub_mapassign(
// CHECK-NOT: call ptr @gosub_mapassign(
// CHECK: ret ptr

// CHECK-LABEL: define internal void @main.f(ptr %closure, ptr %a, ptr %sret)
// CHECK: call void @llvm.memcpy{{.*}}(ptr {{.*}}%sret, ptr {{.*}}, i64 1048576,

// CHECK-LABEL: define internal i64 @main.sum(
// CHECK: %range.copy = alloca [100000 x i64]
// CHECK: call void @llvm.memcpy{{.*}}(ptr {{.*}}%range.copy, ptr {{.*}}%a.addr, i64 800000,

// CHECK-LABEL: define void @main..init(
// CHECK-NEXT: entry:
// CHECK-NEXT: ret void
package main
