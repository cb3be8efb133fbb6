// RUN: rm -rf %t && mkdir -p %t && cp -r %goroot/src/sort %t/sort
// RUN: cd %t/sort && rm sort_test.go
// RUN: cd %t/sort && %gosubc test -O1 | FileCheck %s --match-full-lines
// Go 1.19's own tests of sort but the files gosub cannot build yet, which are removed:
// sort_test.go imports internal/testenv (os/exec, flag, path/filepath).
// REQUIRES: go
// CHECK: PASS
// CHECK-NEXT: ok {{.*}}sort{{.*}}
package stdtests
