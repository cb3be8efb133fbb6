// RUN: rm -rf %t && mkdir -p %t && cd %t && %gosubc build -emit-llvm %s && %gosubc build -S %s
// RUN: FileCheck %s --check-prefix=IR < %t/default-output-ir.ll
// RUN: FileCheck %s --check-prefix=ASM < %t/default-output-ir.s
// -emit-llvm writes <name>.ll and -S writes <name>.s when there is no -o.
package main

// IR: define {{.*}}@main.main
// ASM: main.main:
func main() {
}
