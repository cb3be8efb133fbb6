// Package syscall is gosub's: the few system calls the standard library packages gosub compiles
// from Go's sources need (package time reads zoneinfo files and $TZ through them), over
// gosub's C runtime (runtime/rt_os.c). Go's own syscall is built on gc's runtime and assembly.
package syscall

import (
	"internal/itoa"
	"internal/oserror"
)

// An Errno is a system error number, as Go's syscall.Errno.
type Errno uintptr

func (e Errno) Error() string { return errnoText(int(e)) }

// Is lets errors.Is match an Errno against the portable errors of io/fs and os
// (fs.ErrNotExist and friends), as Go's syscall.Errno does.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

// The error numbers of Linux on amd64 that Go code compares with.
const (
	EPERM        Errno = 1
	ENOENT       Errno = 2
	EINTR        Errno = 4
	EIO          Errno = 5
	EBADF        Errno = 9
	EAGAIN       Errno = 11
	EACCES       Errno = 13
	EEXIST       Errno = 17
	EXDEV        Errno = 18
	ENOTDIR      Errno = 20
	EISDIR       Errno = 21
	EINVAL       Errno = 22
	EMFILE       Errno = 24
	ENOSPC       Errno = 28
	EROFS        Errno = 30
	ENAMETOOLONG Errno = 36
	ENOTEMPTY    Errno = 39
	ELOOP        Errno = 40
)

// Flags of Open.
const (
	O_RDONLY = 0x0
	O_WRONLY = 0x1
	O_RDWR   = 0x2
	O_CREAT  = 0x40
	O_TRUNC  = 0x200
	O_APPEND = 0x400
)

// A Signal is a signal number.
type Signal int

// SIGCHLD is what Go's time tests send themselves to interrupt a sleep.
const SIGCHLD = Signal(0x11)

func (s Signal) Signal() {}

func (s Signal) String() string { return "signal " + itoa.Itoa(int(s)) }

// errorOf turns an error number of the runtime (0: success) into an error.
func errorOf(errno int) error {
	if errno == 0 {
		return nil
	}
	return Errno(errno)
}

func Open(path string, mode int, perm uint32) (fd int, err error) {
	fd, errno := sysOpen(path, mode, perm)
	return fd, errorOf(errno)
}

func Read(fd int, p []byte) (n int, err error) {
	n, errno := sysRead(fd, p)
	return n, errorOf(errno)
}

func Close(fd int) (err error) { return errorOf(sysClose(fd)) }

// Seek sets the offset of fd: whence 0 counts from the start, 1 from the current offset, 2 from
// the end.
func Seek(fd int, offset int64, whence int) (off int64, err error) {
	off, errno := sysSeek(fd, offset, whence)
	return off, errorOf(errno)
}

// Getenv returns the value of the environment variable key and whether it is set.
func Getenv(key string) (value string, found bool) { return sysGetenv(key) }

func Getpid() (pid int)

func Kill(pid int, sig Signal) (err error) { return errorOf(sysKill(pid, int(sig))) }

// Implemented in runtime/rt_os.c; each returns errno, 0 on success.

//go:noescape
func sysOpen(path string, mode int, perm uint32) (fd int, errno int)

//go:noescape
func sysRead(fd int, p []byte) (n int, errno int)

func sysClose(fd int) (errno int)

func sysSeek(fd int, offset int64, whence int) (off int64, errno int)

//go:noescape
func sysGetenv(key string) (value string, found bool)

func sysKill(pid int, sig int) (errno int)

func errnoText(errno int) string
