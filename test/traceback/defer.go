// RUN: %gosubc build -O0 -o %t0 %s && %gosubc build -O2 -o %t2 %s
// RUN: sh -c '%t0 nil; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=NIL %s
// RUN: sh -c '%t2 nil; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=NIL %s
// RUN: sh -c '%t0 repanic; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=REPANIC %s
// RUN: sh -c '%t2 repanic; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=REPANIC %s
// RUN: sh -c '%t0 return; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=RETURN %s
// RUN: sh -c '%t2 return; echo "exit status $?"' 2>&1 | FileCheck --check-prefix=RETURN %s
// Tracebacks of panics raised by deferred calls: the deferred call's frames, then gc's
// `panic(...)` frame for the panic that was running it, then the frames it was unwinding;
// re-panics after a recover; a deferred call that panics after a normal return. The argument
// selects the case.
package main

import (
	"fmt"
	"os"
)

type T struct{ n int }

func (t *T) bump() { t.n++ }

func deep(x int) int {
	if x > 2 {
		panic(fmt.Sprint("boom ", x))
	}
	return deep(x+1) * 2
}

func nilDefer() {
	defer func() {
		var t *T
		t.bump()
	}()
	deep(0)
}

func repanic() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("again after ", r))
	}()
	deep(1)
}

func afterReturn(s []int) int {
	defer func() {
		_ = s[len(s)]
	}()
	return len(s)
}

func main() {
	switch os.Args[1] {
	case "nil":
		nilDefer()
	case "repanic":
		repanic()
	case "return":
		println(afterReturn([]int{1, 2}))
	}
}

// NIL: panic: boom 3
// NIL-NEXT: {{^[[:blank:]]}}panic: runtime error: invalid memory address or nil pointer dereference
// NIL-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr={{0x[0-9a-f]+}} pc={{0x[0-9a-f]+}}]
// NIL-EMPTY:
// NIL-NEXT: goroutine 1 [running]:
// NIL-NEXT: main.(*T).bump({{.*}})
// NIL-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:21{{( \+0x[0-9a-f]+)?$}}
// NIL-NEXT: main.nilDefer.func1({{.*}})
// NIL-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:33{{( \+0x[0-9a-f]+)?$}}
// NIL-NEXT: panic({{.*}})
// NIL-NEXT: {{^[[:blank:]]}}/usr/lib/go-1.19/src/runtime/panic.go:884{{( \+0x[0-9a-f]+)?$}}
// NIL-NEXT: main.deep({{.*}})
// NIL-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:25{{( \+0x[0-9a-f]+)?$}}
// NIL-NEXT: main.deep({{.*}})
// NIL-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:27{{( \+0x[0-9a-f]+)?$}}
// NIL-NEXT: main.deep({{.*}})
// NIL-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:27{{( \+0x[0-9a-f]+)?$}}
// NIL-NEXT: main.deep({{.*}})
// NIL-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:27{{( \+0x[0-9a-f]+)?$}}
// NIL-NEXT: main.nilDefer({{.*}})
// NIL-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:35{{( \+0x[0-9a-f]+)?$}}
// NIL-NEXT: main.main({{.*}})
// NIL-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:56{{( \+0x[0-9a-f]+)?$}}
// NIL-NEXT: exit status 2

// REPANIC: panic: boom 3 [recovered]
// REPANIC-NEXT: {{^[[:blank:]]}}panic: again after boom 3
// REPANIC-EMPTY:
// REPANIC-NEXT: goroutine 1 [running]:
// REPANIC-NEXT: main.repanic.func1({{.*}})
// REPANIC-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:41{{( \+0x[0-9a-f]+)?$}}
// REPANIC-NEXT: panic({{.*}})
// REPANIC-NEXT: {{^[[:blank:]]}}/usr/lib/go-1.19/src/runtime/panic.go:884{{( \+0x[0-9a-f]+)?$}}
// REPANIC-NEXT: main.deep({{.*}})
// REPANIC-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:25{{( \+0x[0-9a-f]+)?$}}
// REPANIC-NEXT: main.deep({{.*}})
// REPANIC-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:27{{( \+0x[0-9a-f]+)?$}}
// REPANIC-NEXT: main.deep({{.*}})
// REPANIC-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:27{{( \+0x[0-9a-f]+)?$}}
// REPANIC-NEXT: main.repanic({{.*}})
// REPANIC-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:43{{( \+0x[0-9a-f]+)?$}}
// REPANIC-NEXT: main.main({{.*}})
// REPANIC-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:58{{( \+0x[0-9a-f]+)?$}}
// REPANIC-NEXT: exit status 2

// RETURN: panic: runtime error: index out of range [2] with length 2
// RETURN-EMPTY:
// RETURN-NEXT: goroutine 1 [running]:
// RETURN-NEXT: main.afterReturn.func1({{.*}})
// RETURN-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:48{{( \+0x[0-9a-f]+)?$}}
// RETURN-NEXT: main.afterReturn({{.*}})
// RETURN-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:50{{( \+0x[0-9a-f]+)?$}}
// RETURN-NEXT: main.main({{.*}})
// RETURN-NEXT: {{^[[:blank:]]}}{{.*}}/defer.go:60{{( \+0x[0-9a-f]+)?$}}
// RETURN-NEXT: exit status 2
