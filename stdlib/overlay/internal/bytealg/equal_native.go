//go:build ignore

// Removes Go's equal_native.go: it only declares the assembly of gc's runtime.memequal.

package bytealg
