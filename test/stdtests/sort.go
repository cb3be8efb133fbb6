// RUN: rm -rf %t && mkdir -p %t && cp -r %goroot/src/sort %t/sort
// RUN: cd %t/sort && %gosubc test -O1 | FileCheck %s --match-full-lines
// Go 1.19's own tests of sort, every file (internal/testenv is gosub's, stdlib/replace).
// REQUIRES: go
// CHECK: PASS
// CHECK-NEXT: ok {{.*}}sort{{.*}}
package stdtests
