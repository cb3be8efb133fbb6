// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// gosubc builds programs only: the package must be main (`go run`: "... is not a main package").
// CHECK: is not a main package
package notmain

func main() {
}
