// RUN: rm -rf %t && mkdir -p %t && cp -r %goroot/src/container/ring %t/ring
// RUN: cd %t/ring && %gosubc test -O1 | FileCheck %s --match-full-lines
// Go 1.19's own tests of container/ring (every test file of its directory), run as go test runs
// them: in-package tests compiled with the package, the external ring_test package, examples.
// REQUIRES: go
// CHECK: PASS
// CHECK-NEXT: ok {{.*}}container/ring{{.*}}
package stdtests
