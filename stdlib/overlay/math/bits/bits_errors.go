// Go's bits_errors.go links two variables to gc's runtime (runtime.overflowError and
// runtime.divideError); gosub's are declared here, with the same messages.

package bits

// rtError is a run-time error, as gc's runtime.Error values are.
type rtError string

func (e rtError) RuntimeError() {}
func (e rtError) Error() string { return "runtime error: " + string(e) }

var overflowError error = rtError("integer overflow")

var divideError error = rtError("integer divide by zero")
