// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0" %s method copy | FileCheck %s --match-full-lines --check-prefix=ON
// RUN: sh %S/Inputs/per-iteration.sh %t "%gosubc build -O0 -escape=off" %s method copy | FileCheck %s --match-full-lines --check-prefix=OFF
// u.SetRoles(roles) storing its argument through u makes []string{...} escape; returning a modified copy does not.
// Allocations per loop iteration (Inputs/per-iteration.sh), with escape analysis on, then off
// (-escape=off puts every allocation site on the heap). gc 1.19's own counts equal the ON lines.
package main

// The test's script rewrites these two lines to pick the variant and the loop count.
const variant = "method"
const iterations = 1000

type User struct {
	name  string
	roles []string
}

// gc 1.19 -m -l: u does not escape; leaking param: roles (it is stored through u).
func (u *User) SetRoles(roles []string) {
	u.roles = roles
}

// gc 1.19 -m -l: leaking param: u to result ~r0 level=0; leaking param: roles to result ~r0 level=0.
func SetRoles(u User, roles []string) User {
	u.roles = roles
	return u
}

var sinkI int

func main() {
	u := new(User) // gc: new(User) does not escape
	for i := 0; i < iterations; i++ {
		switch variant {
		case "method":
			// gc: []string{...} escapes to heap (one backing array per call).
			u.SetRoles([]string{"admin"})
			sinkI += len(u.roles)
		case "copy":
			// gc: []string{...} does not escape (it only reaches the local result).
			v := SetRoles(*u, []string{"admin"})
			sinkI += len(v.roles)
		}
	}
}

// ON: method: 1 allocs per iteration
// ON-NEXT: copy: 0 allocs per iteration
// OFF: method: 1 allocs per iteration
// OFF-NEXT: copy: 1 allocs per iteration
