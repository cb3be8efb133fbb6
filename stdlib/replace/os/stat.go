package os

import (
	"io/fs"
	"time"
)

// A FileInfo describes a file; a FileMode is its type and permission bits (io/fs's).
type (
	FileInfo = fs.FileInfo
	FileMode = fs.FileMode
)

// The bits of a FileMode, as io/fs defines them.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Path separators and the null device of Linux.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// rawStat is what stat(2) says of a file; its layout is runtime/rt_os.c's RawStat.
type rawStat struct {
	mode      uint32
	size      int64
	sec, nsec int64 // the modification time
	dev, ino  uint64
}

//go:noescape
func sysStat(name string, follow bool) (st rawStat, errno int)

func sysFstat(fd int) (st rawStat, errno int)

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name string
	st   rawStat
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.st.size }
func (fs *fileStat) ModTime() time.Time { return time.Unix(fs.st.sec, fs.st.nsec) }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Sys() any           { return nil } // gc gives a *syscall.Stat_t, which gosub's syscall lacks

// Mode turns the st_mode bits of Linux into a FileMode.
func (fs *fileStat) Mode() FileMode {
	m := FileMode(fs.st.mode & 0777)
	switch fs.st.mode & 0170000 {
	case 0060000:
		m |= ModeDevice
	case 0020000:
		m |= ModeDevice | ModeCharDevice
	case 0040000:
		m |= ModeDir
	case 0010000:
		m |= ModeNamedPipe
	case 0120000:
		m |= ModeSymlink
	case 0140000:
		m |= ModeSocket
	}
	if fs.st.mode&04000 != 0 {
		m |= ModeSetuid
	}
	if fs.st.mode&02000 != 0 {
		m |= ModeSetgid
	}
	if fs.st.mode&01000 != 0 {
		m |= ModeSticky
	}
	return m
}

// syscallMode is the mode argument of open(2) and mkdir(2) for a FileMode.
func syscallMode(m FileMode) uint32 {
	r := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		r |= 04000
	}
	if m&ModeSetgid != 0 {
		r |= 02000
	}
	if m&ModeSticky != 0 {
		r |= 01000
	}
	return r
}

// Stat describes the named file, following symbolic links.
func Stat(name string) (FileInfo, error) { return stat("stat", name, true) }

// Lstat describes the named file; a symbolic link is described, not followed.
func Lstat(name string) (FileInfo, error) { return stat("lstat", name, false) }

func stat(op, name string, follow bool) (FileInfo, error) {
	st, errno := sysStat(name, follow)
	if errno != 0 {
		return nil, pathError(op, name, errno)
	}
	return &fileStat{name: basename(name), st: st}, nil
}

// Stat describes the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	st, errno := sysFstat(f.fd)
	if errno != 0 {
		return nil, f.wrap("stat", errno)
	}
	return &fileStat{name: basename(f.name), st: st}, nil
}

// SameFile reports whether fi1 and fi2 describe the same file (device and inode).
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	return ok1 && ok2 && a.st.dev == b.st.dev && a.st.ino == b.st.ino
}

// basename is the last element of name, trailing slashes removed ("/" stays "/").
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			return name[i+1:]
		}
	}
	return name
}
