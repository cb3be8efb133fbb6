// Package errors, wrap.go: gosub's, in place of Go's, whose Is and As need package reflect,
// which gosub does not have yet. The three functions are gosub's C runtime's
// (runtime/rt_errors.c). Go's errors.go (New and errorString) is compiled as it is, so
// errors.New is inlined and its allocation decided by escape analysis, as with gc.
package errors

// Unwrap returns the result of err's Unwrap method, or nil when it has none.
func Unwrap(err error) error

// Is reports whether any error in err's chain matches target (equal, or its Is method says so).
func Is(err, target error) bool

// As finds the first error in err's chain that matches target (a non-nil pointer to an
// interface or to a type implementing error), and if one is found, sets target to that error
// value and returns true. It panics as Go's does when target is not such a pointer.
func As(err error, target any) bool
