// setroles-stack: the same setter taking a *Roles, but copying what it points
// to into a modified copy of the User that it returns: the pointer is only
// read ("r does not escape"), so the caller's &Roles{} stays in its frame.
// Pair: setroles-heap.go stores the pointer argument instead.
package main

const N = 6000000

type Roles struct {
	Admin, Editor bool
	Level         int
}

type User struct {
	ID    int
	Roles Roles
}

//go:noinline
func (u User) WithRoles(r *Roles) User {
	u.Roles = *r
	return u
}

func main() {
	u := User{ID: 1}
	sum := 0
	for i := 0; i < N; i++ {
		u = u.WithRoles(&Roles{Admin: i&1 == 0, Editor: i&2 == 0, Level: i & 15})
		if u.Roles.Admin {
			sum += u.Roles.Level
		}
		if u.Roles.Editor {
			sum += 3
		}
	}
	println("setroles", sum)
}
