// RUN: rm -rf %t && mkdir -p %t && cp -r %goroot/src/sync/atomic %t/atomic
// RUN: cd %t/atomic && rm atomic_test.go
// RUN: cd %t/atomic && %gosubc test -O1 | FileCheck %s --match-full-lines
// Go 1.19's own tests of sync/atomic's Value (concurrent Store, Swap, CompareAndSwap) and the
// examples. atomic_test.go, the tests of the functions, needs reflect; test/run/atomic-*.go
// cover the functions instead.
// REQUIRES: go
// CHECK: PASS
// CHECK-NEXT: ok {{.*}}sync/atomic{{.*}}
package stdtests
