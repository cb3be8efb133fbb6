// RUN: %gosubc build -emit-llvm -O0 -o %t.ll %s && FileCheck %s < %t.ll
// RUN: %gosubc run %s 2>&1 | FileCheck %s --check-prefix=OUT
// Map operations on 8- and 4-byte integer, pointer and string keys call the runtime's fast entry
// points with the key by value; a miss reads gosub_map_zero; other key types take the generic
// entry points; m[k] op= y finds the slot once unless the operation may panic.
package main

type pt struct{ x, y int }

// CHECK-LABEL: define {{.*}}@main.ints(
// CHECK: call ptr @gosub_mapaccess_fast64(ptr %{{.*}}, i64 %{{.*}})
// CHECK: select i1 %ok, ptr %{{.*}}, ptr @gosub_map_zero
// CHECK: call ptr @gosub_mapassign_fast64(
// CHECK: call void @gosub_mapdelete_fast64(
func ints(m map[int]int, k int) int {
	v := m[k]
	m[k+1] = v
	delete(m, k)
	return v
}

// CHECK-LABEL: define {{.*}}@main.strs(
// CHECK: call ptr @gosub_mapaccess_faststr(ptr %{{.*}}, ptr %key.ptr, i64 %key.len)
// CHECK: call ptr @gosub_mapassign_faststr(
func strs(m map[string]bool, k string) bool {
	_, ok := m[k]
	m[k] = true
	return ok
}

// CHECK-LABEL: define {{.*}}@main.small(
// CHECK: call ptr @gosub_mapaccess_fast32(ptr %{{.*}}, i32 %{{.*}})
// CHECK: call ptr @gosub_mapaccess_fast64(ptr %{{.*}}, i64 %key.int)
func small(m map[int32]int, p map[*int]int, k int32, q *int) int {
	return m[k] + p[q]
}

// CHECK-LABEL: define {{.*}}@main.generic(
// CHECK: call ptr @gosub_mapassign(ptr @"type.map[main.pt]int"
// CHECK: call ptr @gosub_mapaccess(ptr @"type.map[main.pt]int"
func generic(m map[pt]int) int {
	m[pt{1, 2}] = 3
	return m[pt{1, 2}]
}

// CHECK-LABEL: define {{.*}}@main.opassign(
// CHECK: call ptr @gosub_mapassign_fast64(
// CHECK-NOT: @gosub_mapaccess_fast64(
// CHECK: call ptr @gosub_mapaccess_fast64(
// CHECK: call ptr @gosub_mapassign_fast64(
// CHECK: ret
func opassign(m map[int]int, k, d int) {
	m[k] += d // cannot panic: one slot, found or made first
	m[k] /= d // may panic: read, divide, then insert
}

func main() {
	m := map[int]int{1: 10}
	x := 5
	println(ints(m, 1), len(m), strs(map[string]bool{}, "a"), small(map[int32]int{7: 1}, map[*int]int{&x: 2}, 7, &x))
	opassign(m, 4, 2)
	println(generic(map[pt]int{}), m[4], m[2])
	// OUT: 10 1 false 3
	// OUT: 3 1 10
}
