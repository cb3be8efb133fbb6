// Package os is gosub's: a small os for command-line tools (Go's own os is built on packages
// syscall, internal/poll and time, which gosub cannot compile yet). Files are unbuffered file
// descriptors, as in Go; the system calls are gosub's C runtime's (runtime/rt_os.c).
package os

import "io"

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// Exit causes the current program to exit with the given status code. Deferred functions are
// not run.
func Exit(code int)

func runtimeArgs() []string

func runtimeEnviron() []string

// The system calls, returning -1 and the errno on failure. They keep none of their arguments.

//go:noescape
func sysRead(fd int, b []byte) (n int, errno int)

//go:noescape
func sysWrite(fd int, b []byte) (n int, errno int)

//go:noescape
func sysOpen(name string, flag int, perm uint32) (fd int, errno int)

func sysClose(fd int) (errno int)

//go:noescape
func sysUnlink(name string) (errno int)

//go:noescape
func sysGetenv(key string) (value string, found bool)

// errnoText is the system's message for errno, as Go's syscall.Errno prints it.
func errnoText(errno int) string

// A File is an open file descriptor.
type File struct {
	fd   int
	name string
	dir  *dirInfo // the names a directory holds, once Readdirnames or ReadDir read them
}

// Stdin, Stdout and Stderr are open Files for the standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File { return &File{fd: int(fd), name: name} }

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := sysRead(f.fd, b)
	if errno != 0 {
		return 0, f.wrap("read", errno)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Write writes len(b) bytes; it returns a non-nil error when n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	n, errno := sysWrite(f.fd, b)
	if errno != 0 {
		return n, f.wrap("write", errno)
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// Close closes the File.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if errno := sysClose(f.fd); errno != 0 {
		return f.wrap("close", errno)
	}
	return nil
}

func (f *File) wrap(op string, errno int) error { return pathError(op, f.name, errno) }
