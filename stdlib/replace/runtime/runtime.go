// Package runtime is gosub's: the part of Go's runtime package that programs and the standard
// library call, over gosub's C runtime (runtime/ in gosub's sources). Go's own runtime package
// is the gc runtime itself and cannot be compiled by another compiler.
package runtime

// GOOS and GOARCH are the target gosub compiles for.
const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "gc"
)

// Version is the Go release whose standard library gosub compiles.
func Version() string { return "go1.19" }

// GOROOT returns the root of the Go tree: $GOROOT when it is set, else where Debian installs
// Go 1.19, the tree gosub compiles the standard library from by default.
func GOROOT() string

// An Error is a run-time error: the panics of index checks, nil dereferences, failed
// conversions and the like satisfy it.
type Error interface {
	error
	RuntimeError()
}

// GOMAXPROCS sets the number of goroutines that may run at the same time and returns the
// previous setting; n < 1 leaves it unchanged. The setting starts as $GOMAXPROCS when that is a
// positive number, else as NumCPU(), as with gc. gosub records it but runs every goroutine on
// one OS thread, whatever the setting.
func GOMAXPROCS(n int) int

// NumCPU returns the number of CPUs the process may run on (its CPU affinity mask).
func NumCPU() int

// NumGoroutine returns the number of goroutines that exist now.
func NumGoroutine() int

// Gosched lets the other runnable goroutines run; the caller runs again after them.
func Gosched()

// Goexit ends the goroutine that calls it after running all its deferred calls; recover
// returns nil in them, as Goexit is no panic. Other goroutines are not affected. Called from
// main.main's goroutine, the program goes on without it until every other goroutine has ended,
// which is then a deadlock: "fatal error: no goroutines (main called runtime.Goexit) - deadlock!".
func Goexit()

// GC runs a full collection (Boehm GC's GC_gcollect).
func GC()

// SetFinalizer sets the finalizer of the object obj points to: after the collector finds it
// unreachable, finalizer(obj) runs once (Boehm GC's finalization, runtime/rt_stdlib.c). A nil
// finalizer removes it. gosub supports finalizers whose parameter is obj's pointer type.
func SetFinalizer(obj any, finalizer any)

// Breakpoint executes a breakpoint trap (SIGTRAP), as gc's does.
func Breakpoint()

// KeepAlive marks x as reachable up to the call. Boehm GC scans frames conservatively, so a
// value in use by the caller is reachable anyway; the call only has to exist.
//
//go:noinline
func KeepAlive(x any) {}
