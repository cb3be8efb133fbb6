// RUN: %gosubc build -emit-llvm -o - %s | FileCheck %s --check-prefix=IR
// RUN: %gosubc build -S -O0 -o - %s | FileCheck %s --check-prefix=ASM
// `-o -` sends IR or assembly to stdout, handy for FileCheck.
package main

// IR: define {{.*}}@main.main
// ASM: main.main:
func main() {
}
