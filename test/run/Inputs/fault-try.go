// The helper of test/run/fault-*.go: runs f, recovers the run-time error it panics with and
// prints its message (what gc prints after `panic: `), or says that f did not panic.
package main

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name+":", r.(error).Error())
		} else {
			println(name+": no panic")
		}
	}()
	f()
}
