// setroles-stack: a setter that takes and returns the User by value, so the
// Roles are copied and nothing leaves the frame.
// Pair: setroles-heap.go stores a pointer argument instead.
package main

const N = 4000000

type Roles struct {
	Admin, Editor bool
	Level         int
}

type User struct {
	ID    int
	Roles Roles
}

//go:noinline
func (u User) WithRoles(r Roles) User {
	u.Roles = r
	return u
}

func main() {
	u := User{ID: 1}
	sum := 0
	for i := 0; i < N; i++ {
		u = u.WithRoles(Roles{Admin: i&1 == 0, Editor: i&2 == 0, Level: i & 15})
		if u.Roles.Admin {
			sum += u.Roles.Level
		}
		if u.Roles.Editor {
			sum += 3
		}
	}
	println("setroles", sum)
}
