// RUN: %gosubc build -dump-ast %s | FileCheck %s
// Grouped declarations: each const spec records its iota (its index in the group), and a spec
// without values is left empty for the checker to repeat the previous one; methods keep their
// receiver; embedded fields are marked.
package main

const (
	// CHECK: ValueSpec A iota=0 @[[#@LINE+1]]:2
	A = iota * 10
	// CHECK: ValueSpec B iota=1 @[[#@LINE+1]]:2
	B
	// CHECK-NOT: value:
	// CHECK: ValueSpec C D iota=2 @[[#@LINE+1]]:2
	C, D = iota, iota + 1
)

type (
	// CHECK: TypeSpec Base @[[#@LINE+1]]:2
	Base struct{ id int }
	// CHECK: TypeSpec Item @[[#@LINE+3]]:2
	// CHECK: Field (embedded) @[[#@LINE+3]]:3
	// CHECK: Field name tag="json" @[[#@LINE+3]]:3
	Item struct {
		Base
		name string `json`
	}
	// CHECK: TypeSpec Alias = @[[#@LINE+1]]:2
	Alias = Item
)

// CHECK: FuncDecl Name @[[#@LINE+4]]:17
// CHECK-NEXT: recv: Field it @[[#@LINE+3]]:7
// CHECK-NEXT: type: Star * @[[#@LINE+2]]:10
// CHECK-NEXT: x: Ident Item @[[#@LINE+1]]:11
func (it *Item) Name() string { return it.name }

func main() {
	var a Alias
	_ = a.Name()
	_ = A + B + C + D
	// CHECK: Labeled outer @[[#@LINE+2]]:1
	// CHECK-NEXT: stmt: For label=outer @[[#@LINE+2]]:2
outer:
	for {
		break outer
	}
}
