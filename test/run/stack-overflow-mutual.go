// RUN: %gosubc build -O0 -o %t0 %S/Inputs/recursion.go
// RUN: %gosubc build -O2 -o %t2 %S/Inputs/recursion.go
// RUN: %gosubc build -O3 -o %t3 %S/Inputs/recursion.go
// RUN: sh -c '%t0 mutual; echo "exit status $?"' 2>&1 | FileCheck %s
// RUN: sh -c '%t2 mutual; echo "exit status $?"' 2>&1 | FileCheck %s
// RUN: sh -c '%t3 mutual; echo "exit status $?"' 2>&1 | FileCheck %s
// Not under -sanitize=stack: what these check is the overflow's report, and a run that fills
// the 1 GB stack under AddressSanitizer takes 4 s and 1.2 GB of shadow memory.
// UNSUPPORTED: sanitize-stack
// Unbounded mutual recursion stops with gc's fatal error and exit status 2 at every -O level
// (stack-overflow.go has the list of forms; the program: Inputs/recursion.go).

// CHECK: runtime: goroutine stack exceeds 1000000000-byte limit
// CHECK-NEXT: runtime: sp=0x{{[0-9a-f]+}} stack=[0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}]
// CHECK-NEXT: fatal error: stack overflow
// CHECK-EMPTY:
// CHECK-NEXT: runtime stack:
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NEXT: main.{{ping|pong}}({{.*}})
// CHECK-NEXT: {{^[[:blank:]]}}{{.*}}/recursion.go:{{13|16}}{{( \+0x[0-9a-f]+)?$}}
// CHECK: ...additional frames elided...
// CHECK-NEXT: exit status 2
