//go:build ignore

// Removes Go's pipe.go until gosub has channels and select (io.Pipe needs them): io.Pipe,
// PipeReader and PipeWriter are missing from gosub's io.

package io
