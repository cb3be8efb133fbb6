package os

import "errors"

// Portable errors, as Go's os declares them.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
)

// An Errno is a system error number (Go's syscall.Errno).
type Errno uintptr

func (e Errno) Error() string { return errnoText(int(e)) }

// Is lets errors.Is(err, ErrNotExist) match ENOENT, as Go's syscall.Errno does.
func (e Errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == 1 || e == 13 // EPERM, EACCES
	case ErrExist:
		return e == 17 // EEXIST
	case ErrNotExist:
		return e == 2 // ENOENT
	}
	return false
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// IsNotExist reports whether err says that a file does not exist.
func IsNotExist(err error) bool { return errors.Is(err, ErrNotExist) }

// IsExist reports whether err says that a file already exists.
func IsExist(err error) bool { return errors.Is(err, ErrExist) }
