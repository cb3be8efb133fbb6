// RUN: %gosubc build -emit-llvm -O0 -o %t.ll %s && FileCheck %s < %t.ll
// Go's integer arithmetic wraps: no nsw/nuw flags, and division guards against zero and -1.
package main

// CHECK-LABEL: define internal i64 @main.arith(
// CHECK-NOT: nsw
// CHECK-NOT: nuw
// CHECK: ret i64
func arith(a, b int) int { return a*b + a - b }

// CHECK-LABEL: define internal i64 @main.div(
// CHECK: icmp eq i64 %{{.*}}, 0
// CHECK: call void @gosub_panic_divide()
// CHECK: icmp eq i64 %{{.*}}, -1
// CHECK: sdiv i64
// CHECK: select i1
func div(a, b int) int { return a / b }

// CHECK-LABEL: define internal i64 @main.div3(
// CHECK-NOT: gosub_panic_divide
// CHECK-NOT: select
// CHECK: sdiv i64 %{{.*}}, 3
func div3(a int) int { return a / 3 }

func main() { println(arith(1, 2), div(7, 2), div3(9)) }
