// RUN: rm -rf %t && mkdir -p %t && cp -r %goroot/src/math %t/math
// RUN: cd %t/math && %gosubc test -O1 | FileCheck %s --match-full-lines
// Go 1.19's own tests of math (every test file of its directory), run as go test runs
// them: in-package tests compiled with the package, the external math_test package, examples.
// REQUIRES: go
// CHECK: PASS
// CHECK-NEXT: ok {{.*}}math{{.*}}
package stdtests
