// RUN: rm -rf %t && mkdir -p %t && cp -r %goroot/src/container/heap %t/heap
// RUN: cd %t/heap && %gosubc test -O1 | FileCheck %s --match-full-lines
// Go 1.19's own tests of container/heap (every test file of its directory), run as go test runs
// them: in-package tests compiled with the package, the external heap_test package, examples.
// REQUIRES: go
// CHECK: PASS
// CHECK-NEXT: ok {{.*}}container/heap{{.*}}
package stdtests
