package os

import (
	"errors"
	"internal/itoa"
	"io"
	"io/fs"
	"sort"
	"syscall"
	"time"
)

// A DirEntry is an entry read from a directory (io/fs's).
type DirEntry = fs.DirEntry

// dirInfo holds the names of a directory File, read at the first call that needs them, and how
// many were handed out.
type dirInfo struct {
	names []string
	next  int
}

//go:noescape
func sysReadDirNames(fd int) (names []string, errno int)

// Readdirnames returns the names of the next n entries of the directory (all the rest when
// n <= 0), in directory order. With n > 0 and no entry left it returns io.EOF.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.dir == nil {
		all, errno := sysReadDirNames(f.fd)
		if errno != 0 {
			return nil, f.wrap("readdirent", errno)
		}
		f.dir = &dirInfo{names: all}
	}
	rest := f.dir.names[f.dir.next:]
	if n > 0 && len(rest) == 0 {
		return []string{}, io.EOF
	}
	if n > 0 && n < len(rest) {
		rest = rest[:n]
	}
	f.dir.next += len(rest)
	return append([]string(nil), rest...), nil
}

// Readdir is Readdirnames with each entry described by Lstat; entries removed meanwhile are
// left out.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.Readdirnames(n)
	infos := make([]FileInfo, 0, len(names))
	for _, name := range names {
		fi, lerr := Lstat(f.name + "/" + name)
		if IsNotExist(lerr) {
			continue
		}
		if lerr != nil {
			return infos, lerr
		}
		infos = append(infos, fi)
	}
	return infos, err
}

// ReadDir is Readdir with the entries as DirEntry values.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	infos, err := f.Readdir(n)
	entries := make([]DirEntry, len(infos))
	for i, fi := range infos {
		entries[i] = fs.FileInfoToDirEntry(fi)
	}
	return entries, err
}

// ReadDir returns the entries of the named directory, sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries, err := f.ReadDir(-1)
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	return entries, err
}

//go:noescape
func sysMkdir(name string, mode uint32) (errno int)

//go:noescape
func sysRmdir(name string) (errno int)

//go:noescape
func sysRename(from, to string) (errno int)

//go:noescape
func sysSymlink(target, name string) (errno int)

//go:noescape
func sysReadlink(name string) (target string, errno int)

//go:noescape
func sysChdir(name string) (errno int)

//go:noescape
func sysChmod(name string, mode uint32) (errno int)

func sysGetwd() (dir string, errno int)

// Mkdir creates a directory with the permission bits perm (before umask).
func Mkdir(name string, perm FileMode) error {
	return pathError("mkdir", name, sysMkdir(name, syscallMode(perm)))
}

// MkdirAll creates the directory path and any parents it lacks; an existing directory is no
// error.
func MkdirAll(path string, perm FileMode) error {
	if fi, err := Stat(path); err == nil {
		if fi.IsDir() {
			return nil
		}
		return pathError("mkdir", path, int(syscall.ENOTDIR))
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' { // trailing slashes
		i--
	}
	for i > 0 && path[i-1] != '/' { // the last element
		i--
	}
	if i > 1 {
		if err := MkdirAll(path[:i-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		// Lstat, not Stat: a symbolic link to a directory made meanwhile counts.
		if fi, lerr := Lstat(path); lerr == nil && fi.IsDir() {
			return nil
		}
	}
	return err
}

// RemoveAll removes path and everything it holds; a path that does not exist is no error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	fi, serr := Lstat(path)
	if serr != nil || !fi.IsDir() {
		if IsNotExist(serr) {
			return nil
		}
		return err
	}
	f, ferr := Open(path)
	if ferr != nil {
		return ferr
	}
	names, _ := f.Readdirnames(-1)
	f.Close()
	for _, name := range names {
		if cerr := RemoveAll(path + "/" + name); cerr != nil && err == nil {
			err = cerr
		}
	}
	if rerr := Remove(path); rerr != nil && !IsNotExist(rerr) {
		return rerr
	}
	return nil
}

// Rename moves oldpath to newpath, replacing a file there.
func Rename(oldpath, newpath string) error {
	if errno := sysRename(oldpath, newpath); errno != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(errno)}
	}
	return nil
}

// Symlink makes newname a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if errno := sysSymlink(oldname, newname); errno != 0 {
		return &LinkError{"symlink", oldname, newname, syscall.Errno(errno)}
	}
	return nil
}

// Readlink returns the target of the named symbolic link.
func Readlink(name string) (string, error) {
	target, errno := sysReadlink(name)
	return target, pathError("readlink", name, errno)
}

// Chdir makes dir the current directory.
func Chdir(dir string) error { return pathError("chdir", dir, sysChdir(dir)) }

// Chmod sets the mode of the named file.
func Chmod(name string, mode FileMode) error {
	return pathError("chmod", name, sysChmod(name, syscallMode(mode)))
}

// Getwd returns the current directory.
func Getwd() (dir string, err error) {
	dir, errno := sysGetwd()
	if errno != 0 {
		return "", &SyscallError{"getwd", syscall.Errno(errno)}
	}
	return dir, nil
}

// SyscallError records an error from a system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// TempDir returns $TMPDIR, or /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// random is the state of the names MkdirTemp and CreateTemp try: xorshift, seeded once with the
// time and the process id.
var random uint64

func nextRandom() uint32 {
	if random == 0 {
		random = uint64(time.Now().UnixNano()) ^ uint64(syscall.Getpid())<<32 | 1
	}
	random ^= random << 13
	random ^= random >> 7
	random ^= random << 17
	return uint32(random)
}

// tempName splits pattern at its last "*" (or its end) and puts a random number there.
func tempName(dir, pattern string) (string, error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", &PathError{Op: "createtemp", Path: pattern, Err: errPatternHasSeparator}
		}
	}
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix := pattern, ""
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	if len(dir) > 0 && dir[len(dir)-1] != '/' {
		dir += "/"
	}
	return dir + prefix + itoa.Uitoa(uint(nextRandom())) + suffix, nil
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// MkdirTemp creates a new directory in dir (TempDir() if empty) named after pattern, whose last
// "*" a random string replaces, and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	for try := 0; try < 10000; try++ {
		name, err := tempName(dir, pattern)
		if err != nil {
			return "", err
		}
		err = Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if !IsExist(err) {
			return "", err
		}
	}
	return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + pattern, Err: ErrExist}
}

// CreateTemp creates and opens a new file for reading and writing, named as MkdirTemp names.
func CreateTemp(dir, pattern string) (*File, error) {
	for try := 0; try < 10000; try++ {
		name, err := tempName(dir, pattern)
		if err != nil {
			return nil, err
		}
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if !IsExist(err) {
			return f, err
		}
	}
	return nil, &PathError{Op: "createtemp", Path: dir + "/" + pattern, Err: ErrExist}
}

// Getuid returns the numeric user id of the caller.
func Getuid() int

// Getpid returns the process id of the caller.
func Getpid() int { return syscall.Getpid() }
