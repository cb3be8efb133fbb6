// RUN: not %gosubc build -o %t %s 2>&1 | FileCheck %s
// Labels must be used; break and continue need an enclosing statement (gc's syntax-package wording).
package main

func main() {
// CHECK: labels.go:[[#@LINE+1]]:1: label L defined and not used
L:
	for {
	}
	// CHECK: labels.go:[[#@LINE+1]]:2: break is not in a loop, switch, or select
	break
	// CHECK: labels.go:[[#@LINE+1]]:2: continue is not in a loop
	continue
	// CHECK: labels.go:[[#@LINE+1]]:7: label M not defined
	goto M
	switch {
	case true:
		if true {
			// CHECK: labels.go:[[#@LINE+1]]:4: fallthrough statement out of place
			fallthrough
		}
	case false:
		// CHECK: labels.go:[[#@LINE+1]]:3: cannot fallthrough final case in switch
		fallthrough
	}
	for {
		// CHECK: labels.go:[[#@LINE+1]]:9: break label not defined: N
		break N
	}
}
