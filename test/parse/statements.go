// RUN: %gosubc build -dump-ast %s | FileCheck %s
// Statement forms: type switches (with and without a bound variable), the Go 1.4 `for range x`,
// range with `=`, switch with init, fallthrough, goto and labels, defer.
package main

func main() {
	var x interface{} = 1
	// CHECK: TypeSwitch @[[#@LINE+4]]:2
	// CHECK-NEXT: bind: Ident v @[[#@LINE+3]]:9
	// CHECK-NEXT: tag: TypeAssert @[[#@LINE+2]]:15
	// CHECK-NEXT: x: Ident x @[[#@LINE+1]]:14
	switch v := x.(type) {
	// CHECK: CaseClause @[[#@LINE+1]]:2
	case int, string:
		_ = v
	}
	// CHECK: TypeSwitch @[[#@LINE+2]]:2
	// CHECK-NEXT: tag: TypeAssert @[[#@LINE+1]]:10
	switch x.(type) {
	}
	s := []int{1, 2}
	// CHECK: Range @[[#@LINE+2]]:2
	// CHECK-NEXT: x: Ident s @[[#@LINE+1]]:12
	for range s {
	}
	var i, e int
	// CHECK: Range @[[#@LINE+3]]:2
	// CHECK-NEXT: key: Ident i @[[#@LINE+2]]:6
	// CHECK-NEXT: value: Ident e @[[#@LINE+1]]:9
	for i, e = range s {
	}
	// CHECK: Switch @[[#@LINE+3]]:2
	// CHECK-NEXT: init: Assign := @[[#@LINE+2]]:11
	// CHECK: tag: Ident y @[[#@LINE+1]]:21
	switch y := i + e; y {
	case 0:
		// CHECK: Branch fallthrough @[[#@LINE+1]]:3
		fallthrough
	default:
	}
	// CHECK: Branch goto done @[[#@LINE+1]]:2
	goto done
done:
	// CHECK: Defer @[[#@LINE+2]]:2
	// CHECK-NEXT: x: Call @[[#@LINE+1]]:15
	defer println()
}
