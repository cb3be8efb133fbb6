// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// RUN: not %gosubc run %s 2>&1 | FileCheck %s
// gosubc builds programs only: another package is refused with `go run`'s message (status 1).
// CHECK: package command-line-arguments is not a main package
package notmain

func main() {
}
