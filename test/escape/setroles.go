// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// The SetRoles pair: a pointer receiver leaks the slice, a value receiver returns it.
package main

type User struct {
	roles []string
}

// The seed's pair: through a pointer receiver, the slice stored in the user leaks...
// CHECK: :[[#@LINE+2]]:7: u does not escape
// CHECK: :[[#@LINE+1]]:25: leaking param: roles
func (u *User) SetRoles(roles []string) {
	u.roles = roles
}

// ...while by value it only flows to the result.
// CHECK: :[[#@LINE+2]]:15: leaking param: u to result ~r0 level=0
// CHECK: :[[#@LINE+1]]:23: leaking param: roles to result ~r0 level=0
func SetRoles(u User, roles []string) User {
	u.roles = roles
	return u
}

func main() {
	// CHECK: :[[#@LINE+1]]:10: new(User) does not escape
	u := new(User)
	// CHECK: :[[#@LINE+1]]:21: []string{...} escapes to heap
	u.SetRoles([]string{"admin"})
	// CHECK: :[[#@LINE+1]]:32: []string{...} does not escape
	v := SetRoles(User{}, []string{"admin"})
	println(len(u.roles), len(v.roles))
}
