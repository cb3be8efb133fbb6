package os

import (
	"io"
	"syscall"
)

// Flags to OpenFile (Linux's values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// OpenFile opens the named file with the given flag (O_RDONLY etc.) and permission bits.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := sysOpen(name, flag|0x80000, syscallMode(perm)) // O_CLOEXEC, as Go opens
	if errno != 0 {
		return nil, pathError("open", name, errno)
	}
	return &File{fd: fd, name: name}, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it with perm if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	errno := sysUnlink(name)
	if errno == 0 {
		return nil
	}
	// Not a file: try it as a directory, and report that error unless it says it is none.
	errno1 := sysRmdir(name)
	if errno1 == 0 {
		return nil
	}
	if errno1 != int(syscall.ENOTDIR) {
		errno = errno1
	}
	return pathError("remove", name, errno)
}

// Environ returns a copy of the environment, as "key=value" strings.
func Environ() []string { return runtimeEnviron() }

// Getenv returns the value of the environment variable key, empty when it is unset.
func Getenv(key string) string {
	v, _ := sysGetenv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether it is set.
func LookupEnv(key string) (string, bool) { return sysGetenv(key) }
