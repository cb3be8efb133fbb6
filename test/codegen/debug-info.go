// RUN: %gosubc build -O0 -emit-llvm -o %t.ll %s && FileCheck %s < %t.ll && FileCheck %s --check-prefix=GLOBAL < %t.ll
// RUN: %gosubc build -O0 -emit-llvm -ldflags=-w -o %t.w.ll %s && FileCheck %s --check-prefix=NODWARF < %t.w.ll
// Debug information: a Go compile unit, a subprogram per function named as its symbol, globals, and
// the bounds check's panic call located at the index expression's `[` (as gc places it).
package main

type T struct{ xs []int }

// CHECK-LABEL: define internal i64 @"main.(*T).get"
// CHECK-SAME: !dbg ![[GET:[0-9]+]]
// CHECK: call void @gosub_panic_index({{.*}}){{.*}}, !dbg ![[IDX:[0-9]+]]
func (t *T) get(i int) int {
	return t.xs[i]
}

func main() {
	t := &T{xs: []int{1, 2}}
	f := func() int { return t.get(1) }
	println(f())
}

// CHECK: !DICompileUnit(language: DW_LANG_Go, file: ![[FILE:[0-9]+]], producer: "gosub"
// CHECK: ![[FILE]] = !DIFile(filename: "{{/.*}}debug-info.go"
// CHECK-DAG: ![[GET]] = distinct !DISubprogram(name: "main.(*T).get", {{.*}}line: 12,
// CHECK-DAG: !DISubprogram(name: "main.main", {{.*}}line: 16,
// CHECK-DAG: !DISubprogram(name: "main.main.func1", {{.*}}line: 18,
// CHECK-DAG: ![[IDX]] = !DILocation(line: 13, column: 13, scope: ![[BODY:[0-9]+]])
// CHECK-DAG: ![[BODY]] = distinct !DILexicalBlock(scope: ![[GET]], {{.*}}line: 12, column: 28)

// NODWARF-NOT: !dbg
// NODWARF-NOT: !DICompileUnit

// A package-level variable is a global variable of the compile unit, named as its symbol.
// GLOBAL: !DIGlobalVariable(name: "main.hits", {{.*}}line: [[#@LINE+1]],
var hits = 7
