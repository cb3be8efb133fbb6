// RUN: rm -rf %t && mkdir -p %t && cp -r %goroot/src/container/list %t/list
// RUN: cd %t/list && %gosubc test -O1 | FileCheck %s --match-full-lines
// Go 1.19's own tests of container/list (every test file of its directory), run as go test runs
// them: in-package tests compiled with the package, the external list_test package, examples.
// REQUIRES: go
// CHECK: PASS
// CHECK-NEXT: ok {{.*}}container/list{{.*}}
package stdtests
