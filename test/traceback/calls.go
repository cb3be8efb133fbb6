// RUN: %gosubc build -O0 -o %t0 %s && %gosubc build -O2 -o %t2 %s
// RUN: sh -c '%t0 index; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=INDEX %s
// RUN: sh -c '%t2 index; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=INDEX %s
// RUN: sh -c '%t0 divide; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=DIVIDE %s
// RUN: sh -c '%t2 divide; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=DIVIDE %s
// RUN: sh -c '%t0 closure; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=CLOSURE %s
// RUN: sh -c '%t2 closure; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=CLOSURE %s
// RUN: sh -c '%t0 recurse; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=RECURSE %s
// RUN: sh -c '%t2 recurse; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=RECURSE %s
// RUN: sh -c '%t0 iface; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=IFACE %s
// RUN: sh -c '%t2 iface; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=IFACE %s
// RUN: sh -c '%t0 nil; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=NIL %s
// RUN: sh -c '%t2 nil; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=NIL %s
// Frames of an unrecovered panic, each with its file:line, as gc prints them: methods on
// pointer and value receivers, a plain function, closures (func1, func1.1), recursion, and
// every run-time error kind reached through them. The argument selects the case.
package main

import "os"

type T struct{ a []int }

func (t *T) get(i int) int { return t.a[i] }

func (t T) div(d int) int { return len(t.a) / d }

type Getter interface{ get(int) int }

func helper(t *T, i int) int {
	return t.get(i) + 1
}

func recurse(n int, f func()) {
	if n == 0 {
		f()
		return
	}
	recurse(n-1, f)
	println("unreachable")
}

var sink int

func main() {
	t := &T{a: []int{1, 2}}
	switch os.Args[1] {
	case "index":
		sink = helper(t, 5)
	case "divide":
		zero := 0
		sink = t.div(zero)
	case "closure":
		f := func(k string) {
			var m map[string]int
			m[k] = 1
		}
		f("x")
	case "recurse":
		recurse(3, func() { panic("deep") })
	case "iface":
		var g Getter = t
		sink = g.get(7)
	case "nil":
		var p *T
		sink = helper(p, 0)
	}
}

// INDEX: panic: runtime error: index out of range [5] with length 2
// INDEX-EMPTY:
// INDEX-NEXT: goroutine 1 [running]:
// INDEX-NEXT: main.(*T).get({{.*}})
// INDEX-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:23{{( \+0x[0-9a-f]+)?$}}
// INDEX-NEXT: main.helper({{.*}})
// INDEX-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:30{{( \+0x[0-9a-f]+)?$}}
// INDEX-NEXT: main.main({{.*}})
// INDEX-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:48{{( \+0x[0-9a-f]+)?$}}
// INDEX-NEXT: exit status 2

// DIVIDE: panic: runtime error: integer divide by zero
// DIVIDE-EMPTY:
// DIVIDE-NEXT: goroutine 1 [running]:
// DIVIDE-NEXT: main.T.div({{.*}})
// DIVIDE-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:25{{( \+0x[0-9a-f]+)?$}}
// DIVIDE-NEXT: main.main({{.*}})
// DIVIDE-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:51{{( \+0x[0-9a-f]+)?$}}
// DIVIDE-NEXT: exit status 2

// CLOSURE: panic: assignment to entry in nil map
// CLOSURE-EMPTY:
// CLOSURE-NEXT: goroutine 1 [running]:
// CLOSURE-NEXT: main.main.func1({{.*}})
// CLOSURE-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:55{{( \+0x[0-9a-f]+)?$}}
// CLOSURE-NEXT: main.main({{.*}})
// CLOSURE-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:57{{( \+0x[0-9a-f]+)?$}}
// CLOSURE-NEXT: exit status 2

// RECURSE: panic: deep
// RECURSE-EMPTY:
// RECURSE-NEXT: goroutine 1 [running]:
// RECURSE-NEXT: main.main.func2({{.*}})
// RECURSE-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:59{{( \+0x[0-9a-f]+)?$}}
// RECURSE-NEXT: main.recurse({{.*}})
// RECURSE-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:35{{( \+0x[0-9a-f]+)?$}}
// RECURSE-NEXT: main.recurse({{.*}})
// RECURSE-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:38{{( \+0x[0-9a-f]+)?$}}
// RECURSE-NEXT: main.recurse({{.*}})
// RECURSE-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:38{{( \+0x[0-9a-f]+)?$}}
// RECURSE-NEXT: main.recurse({{.*}})
// RECURSE-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:38{{( \+0x[0-9a-f]+)?$}}
// RECURSE-NEXT: main.main({{.*}})
// RECURSE-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:59{{( \+0x[0-9a-f]+)?$}}
// RECURSE-NEXT: exit status 2

// IFACE: panic: runtime error: index out of range [7] with length 2
// IFACE-EMPTY:
// IFACE-NEXT: goroutine 1 [running]:
// IFACE-NEXT: main.(*T).get({{.*}})
// IFACE-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:23{{( \+0x[0-9a-f]+)?$}}
// IFACE-NEXT: main.main({{.*}})
// IFACE-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:62{{( \+0x[0-9a-f]+)?$}}
// IFACE-NEXT: exit status 2

// NIL: panic: runtime error: invalid memory address or nil pointer dereference
// NIL-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr={{0x[0-9a-f]+}} pc={{0x[0-9a-f]+}}]
// NIL-EMPTY:
// NIL-NEXT: goroutine 1 [running]:
// NIL-NEXT: main.(*T).get({{.*}})
// NIL-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:23{{( \+0x[0-9a-f]+)?$}}
// NIL-NEXT: main.helper({{.*}})
// NIL-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:30{{( \+0x[0-9a-f]+)?$}}
// NIL-NEXT: main.main({{.*}})
// NIL-NEXT: {{^[[:blank:]]}}{{.*}}/calls.go:65{{( \+0x[0-9a-f]+)?$}}
// NIL-NEXT: exit status 2
