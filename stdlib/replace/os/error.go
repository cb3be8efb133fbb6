package os

import (
	"io/fs"
	"syscall"
)

// Portable errors, io/fs's, as Go's os declares them.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// LinkError records an error during a link, symlink or rename and the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// pathError is the error of a system call on a path: nil for errno 0.
func pathError(op, path string, errno int) error {
	if errno == 0 {
		return nil
	}
	return &PathError{Op: op, Path: path, Err: syscall.Errno(errno)}
}

// IsNotExist reports whether err says that a file does not exist.
func IsNotExist(err error) bool { return underlyingIs(err, ErrNotExist) }

// IsExist reports whether err says that a file already exists.
func IsExist(err error) bool { return underlyingIs(err, ErrExist) }

// IsPermission reports whether err says that permission is denied.
func IsPermission(err error) bool { return underlyingIs(err, ErrPermission) }

// underlyingIs looks through the error types of os only, as Go's IsNotExist and friends do
// (they predate errors.Is and do not unwrap further).
func underlyingIs(err, target error) bool {
	switch e := err.(type) {
	case *PathError:
		err = e.Err
	case *LinkError:
		err = e.Err
	}
	if err == target {
		return true
	}
	en, ok := err.(syscall.Errno)
	return ok && en.Is(target)
}
