// RUN: %gosubc build -emit-llvm -O2 -o %t.ll %s && FileCheck %s < %t.ll
// Checks sit in cold blocks, and the optimiser removes the ones it can prove redundant.
package main

// CHECK-LABEL: define {{.*}}i64 @main.deref(
// CHECK: call void @gosub_panic_nil()
func deref(p *int) int { return *p }

// CHECK-LABEL: define {{.*}}i64 @main.addrOf(
// CHECK-NOT: gosub_panic
// CHECK: ret i64
func addrOf() int {
	x := 7
	p := &x
	return *p * 6
}

// CHECK-LABEL: define {{.*}}i64 @main.shiftConst(
// CHECK-NOT: gosub_panic
// CHECK: shl i64 %{{.*}}, 3
func shiftConst(v int) int { return v << 3 }

// The function values keep the bodies (local to the module) after main inlines the calls.
var derefFn, addrOfFn, shiftConstFn = deref, addrOf, shiftConst

func main() { println(deref(new(int)), addrOf(), shiftConst(1)) }
