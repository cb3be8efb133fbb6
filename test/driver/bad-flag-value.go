// RUN: not %gosubc build -m=3 %s 2>&1 | FileCheck %s --check-prefix=M
// RUN: not %gosubc build -escape=maybe %s 2>&1 | FileCheck %s --check-prefix=ESC
// RUN: not %gosubc build -sanitize=memory %s 2>&1 | FileCheck %s --check-prefix=SAN
// RUN: not %gosubc build %s -o 2>&1 | FileCheck %s --check-prefix=ARG
// Flag values are checked: -m takes 1 or 2, -escape on or off, -sanitize stack; -o needs a file.
// M: gosubc: invalid value "3" for flag -m
// ESC: gosubc: invalid value "maybe" for flag -escape
// SAN: gosubc: invalid value "memory" for flag -sanitize
// ARG: gosubc: flag needs an argument: -o
package main
