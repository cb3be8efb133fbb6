// setroles-heap: a setter that stores its pointer argument into the receiver,
// so the argument leaks ("leaking param: r") and every &Roles{} the caller
// makes moves to the heap.
// Pair: setroles-stack.go returns a modified copy instead.
package main

const N = 6000000

type Roles struct {
	Admin, Editor bool
	Level         int
}

type User struct {
	ID    int
	Roles *Roles
}

//go:noinline
func (u *User) SetRoles(r *Roles) {
	u.Roles = r
}

func main() {
	u := &User{ID: 1}
	sum := 0
	for i := 0; i < N; i++ {
		u.SetRoles(&Roles{Admin: i&1 == 0, Editor: i&2 == 0, Level: i & 15})
		if u.Roles.Admin {
			sum += u.Roles.Level
		}
		if u.Roles.Editor {
			sum += 3
		}
	}
	println("setroles", sum)
}
