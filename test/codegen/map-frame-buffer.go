// RUN: %gosubc build -emit-llvm -O0 -o %t.ll %s && FileCheck %s < %t.ll
// RUN: %gosubc run %s 2>&1 | FileCheck %s --check-prefix=OUT
// A map that does not escape, made with a constant hint <= 8 (or a literal of <= 8 pairs), lives in an entry-block buffer; other maps come from the heap.
package main

var global map[int]int

// CHECK-LABEL: define {{.*}}@main.local(
// CHECK: %map.buf = alloca [{{[0-9]+}} x i64]
// CHECK: call ptr @gosub_makemap_small(ptr @"type.map[int]int", i64 8, ptr %map.buf,
func local(i int) int {
	m := make(map[int]int, 8)
	m[i] = 1
	return m[i]
}

// CHECK-LABEL: define {{.*}}@main.literal(
// CHECK: call ptr @gosub_makemap_small(ptr @"type.map[string]int", i64 2, ptr %map.buf
func literal(i int) int {
	m := map[string]int{"a": i, "b": 2}
	return m["a"] + m["b"]
}

// CHECK-LABEL: define {{.*}}@main.bighint(
// CHECK-NOT: gosub_makemap_small
// CHECK: call ptr @gosub_makemap(ptr @"type.map[int]int", i64 9)
// CHECK: call ptr @gosub_makemap(ptr @"type.map[int]int", i64 %
// CHECK-NOT: gosub_makemap_small
func bighint(n int) int {
	a := make(map[int]int, 9)
	b := make(map[int]int, n)
	return len(a) + len(b)
}

// CHECK-LABEL: define {{.*}}@main.escaping(
// CHECK-NOT: gosub_makemap_small
// CHECK: call ptr @gosub_makemap(ptr @"type.map[int]int", i64 0)
// CHECK-NOT: gosub_makemap_small
func escaping() {
	global = make(map[int]int)
}

// A frame map that outgrows its buffer keeps its entries.
// CHECK-LABEL: define {{.*}}@main.grow(
func grow() int {
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	return m[99] + len(m)
}

func main() {
	s := 0
	for i := 0; i < 3; i++ {
		s += local(i) + literal(i)
	}
	escaping()
	println(s, bighint(3), grow())
	// OUT: 12 0 199
}
