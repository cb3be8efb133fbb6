// RUN: rm -rf %t && mkdir -p %t && cp -r %goroot/src/unicode/utf8 %t/utf8
// RUN: cd %t/utf8 && %gosubc test -O1 | FileCheck %s --match-full-lines
// Go 1.19's own tests of unicode/utf8 (every test file of its directory), run as go test runs
// them: in-package tests compiled with the package, the external utf8_test package, examples.
// REQUIRES: go
// CHECK: PASS
// CHECK-NEXT: ok {{.*}}unicode/utf8{{.*}}
package stdtests
