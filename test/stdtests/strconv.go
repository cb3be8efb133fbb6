// RUN: rm -rf %t && mkdir -p %t && cp -r %goroot/src/strconv %t/strconv
// RUN: cd %t/strconv && rm atoc_test.go atof_test.go atoi_test.go fp_test.go example_test.go
// RUN: cd %t/strconv && %gosubc test -O1 | FileCheck %s --match-full-lines
// Go 1.19's own tests of strconv but the files gosub cannot build yet, which are removed:
// reflect (atoc, atof, atoi; atof also time's select), bufio and os files (fp), log (example).
// REQUIRES: go
// CHECK: PASS
// CHECK-NEXT: ok {{.*}}strconv{{.*}}
package stdtests
