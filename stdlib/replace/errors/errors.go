// Package errors is gosub's: the functions are gosub's C runtime's (runtime/rt_errors.c),
// because Go's own errors.As needs package reflect, which gosub does not have yet.
package errors

// New returns an error whose Error method returns text; each call gives a distinct error.
func New(text string) error

// Unwrap returns the result of err's Unwrap method, or nil when it has none.
func Unwrap(err error) error

// Is reports whether any error in err's chain matches target (equal, or its Is method says so).
func Is(err, target error) bool

// As finds the first error in err's chain that matches target (a non-nil pointer to an
// interface or to a type implementing error), and if one is found, sets target to that error
// value and returns true. It panics as Go's does when target is not such a pointer.
func As(err error, target any) bool
