// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// runtime.Caller, Callers, CallersFrames, FuncForPC and Stack, read from the program's DWARF
// (runtime/rt_callers.c). Frames that LLVM inlines at -O2 are listed as gc lists its inlined
// frames: each with its own function and line. Output as gc 1.19's.
package main

import (
	"fmt"
	"path"
	"runtime"
	"strings"
)

type T struct{ n int }

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip + 1)
	return fmt.Sprintf("%s %s:%d %v", runtime.FuncForPC(pc).Name(), path.Base(file), line, ok)
}

func (t *T) get() string { return where(0) }

func small() string { return where(1) }

func frames() {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(1, pcs)
	fs := runtime.CallersFrames(pcs[:n])
	for {
		f, more := fs.Next()
		if f.Function == "main.main" {
			// gc lists runtime.main and runtime.goexit below, gosub nothing (the C runtime's)
			fmt.Println(f.Function, path.Base(f.File), f.Line)
			break
		}
		fmt.Println(f.Function, path.Base(f.File), f.Line, more)
	}
}

func nested() { frames() }

func deferred() {
	defer func() {
		recover()
		pc, file, line, _ := runtime.Caller(1)
		fmt.Println(runtime.FuncForPC(pc).Name(), path.Base(file), line)
		_, _, line, _ = runtime.Caller(2)
		fmt.Println("panicked at", line)
	}()
	panic("x")
}

func main() {
	// CHECK: main.(*T).get runtime-callers.go:22 true
	fmt.Println((&T{}).get())
	// CHECK-NEXT: main.main runtime-callers.go:[[#@LINE+1]] true
	fmt.Println(small())
	// CHECK-NEXT: main.frames runtime-callers.go 28 true
	// CHECK-NEXT: main.nested runtime-callers.go 41 true
	// CHECK-NEXT: main.main runtime-callers.go [[#@LINE+1]]{{$}}
	nested()
	// CHECK-NEXT: runtime.gopanic panic.go 884
	// CHECK-NEXT: panicked at 51
	deferred()
	_, _, _, ok := runtime.Caller(1000)
	fmt.Println(ok, runtime.FuncForPC(0) == nil) // CHECK-NEXT: false true
	buf := make([]byte, 4096)
	s := string(buf[:runtime.Stack(buf, false)])
	lines := strings.Split(s, "\n")
	// CHECK-NEXT: goroutine 1 [running]:|main.main()|	{{.*}}runtime-callers.go:[[#@LINE-2]] +0x{{[0-9a-f]+}}|
	fmt.Println(strings.Join(lines, "|"))
	fmt.Println(runtime.Stack(buf[:10], false), string(buf[:10])) // CHECK-NEXT: 10 goroutine
}
