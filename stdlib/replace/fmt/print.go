// Package fmt is gosub's: the formatting itself is done by gosub's C runtime
// (runtime/rt_fmt*.c), because Go's own fmt is built on package reflect, which gosub does not
// have yet. This file is the Go side: the package's types, and the functions that write to an
// io.Writer, which the C side cannot call.
package fmt

import (
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method, which defines the "native"
// format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the Go
// syntax for that value (the %#v verb).
type GoStringer interface {
	GoString() string
}

// Formatted into a string by the runtime (one allocation: the string).
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

// Errorf formats as Sprintf and returns the text as an error; with one %w verb, the error
// wraps that operand (its Unwrap method returns it).
func Errorf(format string, a ...any) error

// The runtime's formatting appended to buf (grown when it is too small).
func appendPrint(buf []byte, a []any) []byte
func appendPrintln(buf []byte, a []any) []byte
func appendPrintf(buf []byte, format string, a []any) []byte

// A printer's buffer is reused from call to call, as gc's fmt reuses its pp structs, so that
// printing allocates nothing once the buffer is big enough. gosub runs one goroutine, so one
// free list without a lock will do; a printer still in use (a String method that prints)
// takes another.
type printer struct {
	buf  []byte
	next *printer
}

var free *printer

func newPrinter() *printer {
	p := free
	if p == nil {
		return &printer{}
	}
	free = p.next
	return p
}

// Buffers that grew very large are dropped rather than kept alive forever.
func (p *printer) release() {
	if cap(p.buf) > 64<<10 {
		return
	}
	p.buf = p.buf[:0]
	p.next = free
	free = p
}

func (p *printer) write(w io.Writer) (n int, err error) {
	n, err = w.Write(p.buf)
	p.release()
	return n, err
}

// Fprint formats using the default formats for its operands and writes to w. Spaces are added
// between operands when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.buf = appendPrint(p.buf, a)
	return p.write(w)
}

// Fprintln formats using the default formats for its operands and writes to w. Spaces are
// always added between operands and a newline is appended.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.buf = appendPrintln(p.buf, a)
	return p.write(w)
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.buf = appendPrintf(p.buf, format, a)
	return p.write(w)
}

// Print, Println and Printf write to standard output.
func Print(a ...any) (n int, err error)   { return Fprint(os.Stdout, a...) }
func Println(a ...any) (n int, err error) { return Fprintln(os.Stdout, a...) }
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Append, Appendln and Appendf (Go 1.19) format into b.
func Append(b []byte, a ...any) []byte                 { return appendPrint(b, a) }
func Appendln(b []byte, a ...any) []byte               { return appendPrintln(b, a) }
func Appendf(b []byte, format string, a ...any) []byte { return appendPrintf(b, format, a) }
