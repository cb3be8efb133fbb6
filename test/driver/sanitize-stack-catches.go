// RUN: %gosubc build -sanitize=stack -escape=unsound-stack -O0 -o %t0 %s
// RUN: not %t0 2>&1 | FileCheck %s --check-prefix=UAR
// RUN: %gosubc build -sanitize=stack -escape=unsound-stack -O2 -o %t2 %s
// RUN: not %t2 2>&1 | FileCheck %s --check-prefix=UAR
// RUN: %gosubc run -sanitize=stack %s 2>&1 | FileCheck %s --check-prefix=SOUND
// REQUIRES: clang-19
// The soundness check can fail: with -escape=unsound-stack (fault injection, docs/escape.md) x
// stays in addr's frame although its address is returned, and -sanitize=stack reports the read
// through p after addr returned; with the real escape analysis x is moved to the heap.
package main

func addr() *int {
	x := 42
	return &x
}

func main() {
	p := addr()
	println(*p)
}

// UAR: ERROR: AddressSanitizer: stack-use-after-return
// UAR: READ of size 8
// UAR: is located in stack of thread {{.*}} in frame
// UAR-NEXT: main.addr
// UAR: 'x.addr' <== Memory access
// SOUND: 42
// SOUND-NOT: AddressSanitizer
