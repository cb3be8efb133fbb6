// RUN: rm -rf %t && mkdir -p %t && cp -r %goroot/src/path %t/path
// RUN: cd %t/path && %gosubc test -O1 | FileCheck %s --match-full-lines
// Go 1.19's own tests of path (every test file of its directory), run as go test runs
// them: in-package tests compiled with the package, the external path_test package, examples.
// REQUIRES: go
// CHECK: PASS
// CHECK-NEXT: ok {{.*}}path{{.*}}
package stdtests
