// RUN: %gosubc build -o %t %s && llvm-dwarfdump --debug-info %t | FileCheck %s --check-prefix=DWARF
// RUN: %gosubc build -ldflags=-w -o %t.w %s && llvm-dwarfdump --debug-info %t.w | FileCheck %s --check-prefix=NODWARF
// RUN: %gosubc build -ldflags='-s -w' -o %t.s %s && llvm-nm %t.s 2>&1 | FileCheck %s --check-prefix=NOSYMS
// RUN: %t.s 2>&1 | FileCheck %s --check-prefix=RUNS
// RUN: not %gosubc build -ldflags=-X -o %t.x %s 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: %gosubc help build | FileCheck %s --check-prefix=HELP
// -ldflags as go build takes it: DWARF by default, -w without it, -s without the symbol table;
// other linker flags are refused.
package main

// DWARF: DW_AT_producer ("gosub")
// DWARF: DW_AT_language (DW_LANG_Go)
// DWARF: DW_AT_name ("main.main")
// NODWARF-NOT: DW_AT_producer ("gosub")
// NOSYMS: no symbols
// RUNS: 42
// BAD: gosubc: -ldflags "-X": gosubc takes -s and -w only
// HELP: -ldflags='-s -w'
func main() {
	println(42)
}
