// Scanning: fmt's Scan, Scanln and Scanf families, written for gosub with gc 1.19's behaviour
// (the rules are in Go's fmt/doc.go, "Scanning"; the error texts are gc's).
//
// Input: runes from an io.RuneScanner (bufio.Reader, strings.Reader, a ScanState), or from any
// other io.Reader read one byte per Read call, or from a string (Sscan...).
// Output: values stored through the operands, the number stored, and the first error.
//
// Go's fmt finds how to store a value with reflect, which gosub lacks: a type switch over the
// pointer types does it here, and a pointer to a defined type (*MyInt) is stored through its
// underlying type, which the C runtime reads from the type descriptor (asBasic).
//
// Errors do not unwind by panics, as in Go's fmt: the first error sticks in scanner.err, every
// read after it returns eof, and each step checks s.err before it stores anything.
package fmt

import (
	"errors"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// ScanState represents the scanner state passed to custom scanners (a Scanner's Scan method).
// Scanners may read rune by rune or ask for the next space-delimited token.
type ScanState interface {
	// ReadRune reads the next rune; during Scanln it returns io.EOF after the first '\n', and
	// after the operand's width when Scanf gave one.
	ReadRune() (r rune, size int, err error)
	// UnreadRune causes the next call to ReadRune to return the same rune.
	UnreadRune() error
	// SkipSpace skips space, treating newlines as the operation does (see doc.go).
	SkipSpace()
	// Token skips space if skipSpace, then returns the run of runes c satisfying f(c)
	// (!unicode.IsSpace(c) when f is nil). The slice is overwritten by the next call.
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Read is only there to make a ScanState an io.Reader; it always fails.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans the input for the
// representation of a value and stores the result in the receiver. Scan, Scanf and Scanln call
// it for every operand that implements it.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan, Scanln and Scanf read standard input.
func Scan(a ...any) (n int, err error)   { return Fscan(os.Stdin, a...) }
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// Sscan, Sscanln and Sscanf read the string str.
func Sscan(str string, a ...any) (n int, err error) {
	return newScanner(true, false).fromString(str).scanAll(a)
}
func Sscanln(str string, a ...any) (n int, err error) {
	return newScanner(false, true).fromString(str).scanAll(a)
}
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return newScanner(false, false).fromString(str).scanFormat(format, a)
}

// Fscan stores successive space-separated values from r into successive operands; newlines
// count as space. It returns the number of operands stored and, if fewer than len(a), why.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanner(true, false).from(r).scanAll(a)
}

// Fscanln is Fscan that stops at a newline; the last operand must be followed by a newline or
// the end of the input.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanner(false, true).from(r).scanAll(a)
}

// Fscanf scans operands as the format says. Newlines in the input must match newlines in the
// format, except that %c always scans the next rune, even a space or newline.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanner(false, false).from(r).scanFormat(format, a)
}

/* ---- Where the runes come from -------------------------------------------------------------- */

// byteReader reads runes from an io.Reader that has no ReadRune, one byte per Read, so that a
// scan takes nothing from r beyond the rune that ends its last token (that rune, read and
// given back with UnreadRune, is lost when the call returns, as with gc). Successive
// fmt.Scan calls on os.Stdin thus each read on where the previous one stopped.
type byteReader struct {
	r      io.Reader
	one    [1]byte
	pend   []byte // bytes read past an ill-formed UTF-8 sequence, read again first
	last   rune   // the rune ReadRune returned last
	canUn  bool   // UnreadRune may give back last
	unread bool   // the next ReadRune returns last again
}

func (b *byteReader) readByte() (byte, error) {
	if len(b.pend) > 0 {
		c := b.pend[0]
		b.pend = b.pend[1:]
		return c, nil
	}
	if _, err := io.ReadFull(b.r, b.one[:]); err != nil {
		return 0, err
	}
	return b.one[0], nil
}

func (b *byteReader) ReadRune() (r rune, size int, err error) {
	if b.unread {
		b.unread, b.canUn = false, true
		return b.last, utf8.RuneLen(b.last), nil
	}
	b.canUn = false
	var buf [utf8.UTFMax]byte
	if buf[0], err = b.readByte(); err != nil {
		return 0, 0, err
	}
	n := 1
	for buf[0] >= utf8.RuneSelf && !utf8.FullRune(buf[:n]) {
		c, err := b.readByte()
		if err == io.EOF {
			break
		} else if err != nil {
			return 0, 0, err
		}
		buf[n] = c
		n++
	}
	r, size = utf8.DecodeRune(buf[:n])
	if size < n {
		b.pend = append(append([]byte(nil), buf[size:n]...), b.pend...)
	}
	b.last, b.canUn = r, true
	return r, size, nil
}

func (b *byteReader) UnreadRune() error {
	if !b.canUn {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	b.canUn, b.unread = false, true
	return nil
}

// stringReader reads runes from the string of Sscan, Sscanln and Sscanf.
type stringReader struct {
	str  string
	i    int
	prev int // where the last rune read starts, or -1
}

func (r *stringReader) ReadRune() (c rune, size int, err error) {
	if r.i >= len(r.str) {
		r.prev = -1
		return 0, 0, io.EOF
	}
	c, size = utf8.DecodeRuneInString(r.str[r.i:])
	r.prev, r.i = r.i, r.i+size
	return c, size, nil
}

func (r *stringReader) UnreadRune() error {
	if r.prev < 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.i, r.prev = r.prev, -1
	return nil
}

/* ---- The scanner state ---------------------------------------------------------------------- */

const (
	eof     = -1
	noWidth = 1 << 30
)

// scanner is one call's state, and the ScanState handed to Scanner operands.
type scanner struct {
	rs        io.RuneScanner
	br        byteReader   // rs is &br when the io.Reader has no ReadRune
	sr        stringReader // rs is &sr for Sscan...
	buf       []byte       // the token being read
	err       error        // the first error; it ends the scan
	count     int          // runes read so far
	limit     int          // count at which the operand's width ends (noWidth: none)
	width     int          // the operand's width, or noWidth
	nlIsSpace bool         // Scan, Sscan, Fscan: a newline is space
	nlIsEnd   bool         // Scanln...: input ends after a newline
	atEOF     bool
	next      *scanner // in the free list
}

// Scanners are reused from call to call, as printers are (print.go).
var freeScanners *scanner

func newScanner(nlIsSpace, nlIsEnd bool) *scanner {
	s := freeScanners
	if s == nil {
		s = &scanner{}
	} else {
		freeScanners = s.next
	}
	*s = scanner{buf: s.buf[:0], nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd,
		limit: noWidth, width: noWidth}
	return s
}

func (s *scanner) from(r io.Reader) *scanner {
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.br = byteReader{r: r}
		s.rs = &s.br
	}
	return s
}

func (s *scanner) fromString(str string) *scanner {
	s.sr = stringReader{str: str, prev: -1}
	s.rs = &s.sr
	return s
}

// finish returns the scanner to the free list (dropping a buffer that grew large) and the
// result of the call.
func (s *scanner) finish(n int) (int, error) {
	err := s.err
	if cap(s.buf) <= 1024 {
		*s = scanner{buf: s.buf[:0], next: freeScanners}
		freeScanners = s
	}
	return n, err
}

// fail records err unless an earlier error ended the scan already.
func (s *scanner) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

func (s *scanner) failString(text string) { s.fail(errors.New(text)) }

/* ---- ScanState's methods -------------------------------------------------------------------- */

func (s *scanner) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.limit {
		return 0, 0, io.EOF
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		s.atEOF = s.nlIsEnd && r == '\n'
	} else if err == io.EOF {
		s.atEOF = true
	}
	return r, size, err
}

func (s *scanner) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *scanner) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *scanner) Width() (wid int, ok bool) {
	if s.width == noWidth {
		return 0, false
	}
	return s.width, true
}

// Token's errors are returned to the Scanner, which decides; they do not end the scan.
func (s *scanner) Token(skipSpace bool, f func(rune) bool) (token []byte, err error) {
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	token = s.token(skipSpace, f)
	err, s.err = s.err, nil
	return token, err
}

// SkipSpace skips spaces, and newlines where they count as space; a newline that does not
// ends the scan with "unexpected newline".
func (s *scanner) SkipSpace() {
	for {
		r := s.getRune()
		switch {
		case r == eof:
			return
		case r == '\r' && s.peek("\n"):
		case r == '\n' && s.nlIsSpace:
		case r == '\n':
			s.failString("unexpected newline")
			return
		case !isSpace(r):
			s.UnreadRune()
			return
		}
	}
}

/* ---- Reading helpers ------------------------------------------------------------------------ */

// getRune returns the next rune, or eof at the end of the input or after an error.
func (s *scanner) getRune() rune {
	if s.err != nil {
		return eof
	}
	r, _, err := s.ReadRune()
	if err == io.EOF {
		return eof
	} else if err != nil {
		s.fail(err)
		return eof
	}
	return r
}

// mustReadRune is getRune where the end of the input is an error (inside a quoted string, or
// at literal text of a format).
func (s *scanner) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

// notEOF fails with io.EOF when no input is left for the operand.
func (s *scanner) notEOF() {
	if r := s.getRune(); r == eof {
		s.fail(io.EOF)
	} else {
		s.UnreadRune()
	}
}

// consume reads the next rune and reports whether it is one of ok; if accept, the rune is
// kept in the token, or given back when it is not in ok. (With accept false, a rune not in ok
// is dropped, as gc does for %U's "U+".)
func (s *scanner) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if containsRune(ok, r) {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

func (s *scanner) accept(ok string) bool { return s.consume(ok, true) }

// peek reports whether the next rune is one of ok, without reading it.
func (s *scanner) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return containsRune(ok, r)
}

// token appends to s.buf the runes satisfying f, after skipping space if skipSpace.
func (s *scanner) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

func containsRune(str string, r rune) bool {
	for _, c := range str {
		if c == r {
			return true
		}
	}
	return false
}

// isSpace is unicode.IsSpace (the White_Space property), without package unicode's tables.
func isSpace(r rune) bool {
	if r <= 0xff {
		return r == ' ' || '\t' <= r && r <= '\r' || r == 0x85 || r == 0xa0
	}
	return r == 0x1680 || 0x2000 <= r && r <= 0x200a || r == 0x2028 || r == 0x2029 ||
		r == 0x202f || r == 0x205f || r == 0x3000
}

func notSpace(r rune) bool { return !isSpace(r) }

/* ---- Scan and Scanln ------------------------------------------------------------------------ */

// scanAll scans each operand with verb %v; for Scanln, only spaces may follow the last one,
// up to a newline or the end of the input.
func (s *scanner) scanAll(a []any) (int, error) {
	n := 0
	for _, arg := range a {
		if s.scanOne('v', arg); s.err != nil {
			return s.finish(n)
		}
		n++
	}
	for s.nlIsEnd {
		r := s.getRune()
		if r == '\n' || r == eof {
			break
		}
		if !isSpace(r) {
			s.failString("expected newline")
		}
	}
	return s.finish(n)
}

/* ---- Scanf ---------------------------------------------------------------------------------- */

// scanFormat walks the format: runs of space, literal text (and %%) must match the input;
// each other % verb, with an optional width, scans one operand.
func (s *scanner) scanFormat(format string, a []any) (int, error) {
	n := 0
	for i := 0; i < len(format) && s.err == nil; {
		c, w := utf8.DecodeRuneInString(format[i:])
		switch {
		case isSpace(c):
			i = s.matchSpace(format, i)
		case c == '%' && i+w == len(format):
			s.failString("missing verb: % at end of format string")
		case c == '%' && format[i+1] != '%':
			i = s.scanVerb(format, i+1, a, &n)
		default:
			if c == '%' { // %% is a literal %
				i++
			}
			s.matchLiteral(c)
			i += w
		}
	}
	if s.err == nil && n < len(a) {
		s.failString("too many operands")
	}
	return s.finish(n)
}

// matchLiteral reads one rune that must be c.
func (s *scanner) matchLiteral(c rune) {
	r := s.mustReadRune()
	if s.err == nil && r != c {
		s.UnreadRune()
		s.failString("input does not match format")
	}
}

// matchSpace matches the run of space at format[i:] and returns where it ends. A newline in
// the format matches spaces then a newline (or the end) in the input; spaces after the last
// newline match any spaces; spaces with no newline before them match one or more spaces (or
// the end), but not a newline.
func (s *scanner) matchSpace(format string, i int) int {
	newlines, trailing := 0, false // trailing: spaces after the last newline
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if !isSpace(c) {
			break
		}
		if c == '\n' {
			newlines, trailing = newlines+1, false
		} else {
			trailing = true
		}
		i += w
	}
	sawNewline := newlines > 0
	for ; newlines > 0; newlines-- {
		r := s.getRune()
		for r != '\n' && isSpace(r) {
			r = s.getRune()
		}
		if r != '\n' && r != eof {
			s.failString("newline in format does not match input")
		}
	}
	if trailing {
		s.matchTrailingSpace(!sawNewline)
	}
	return i
}

// matchTrailingSpace matches the spaces at the end of a run of space in the format; alone
// says no newline came before them.
func (s *scanner) matchTrailingSpace(alone bool) {
	r := s.getRune()
	if alone && r != eof && !isSpace(r) {
		s.failString("expected space in input to match format")
	}
	if alone && r == '\n' {
		s.failString("newline in input does not match format")
	}
	for r != '\n' && isSpace(r) {
		r = s.getRune()
	}
	if r != eof {
		s.UnreadRune()
	}
}

// scanVerb scans one operand for the verb at format[i:] (just after its %), with its width,
// and returns where the verb ends.
func (s *scanner) scanVerb(format string, i int, a []any, n *int) int {
	width, hasWidth := 0, false
	for ; i < len(format)-1 && '0' <= format[i] && format[i] <= '9' && width <= 1e6; i++ {
		width, hasWidth = width*10+int(format[i]-'0'), true
	}
	verb, w := utf8.DecodeRuneInString(format[i:])
	start := i
	i += w
	if verb != 'c' {
		s.SkipSpace()
	}
	if verb == '%' { // %5%: a literal %, after spaces
		s.notEOF()
		if !s.accept("%") {
			s.failString("missing literal %")
		}
		return i
	}
	if s.width = noWidth; hasWidth {
		s.width = width
		s.limit = s.count + width
	}
	if *n >= len(a) {
		s.failString("too few operands for format '%" + format[start:] + "'")
		return i
	}
	if s.scanOne(verb, a[*n]); s.err == nil {
		*n++
	}
	s.limit, s.width = noWidth, noWidth
	return i
}

/* ---- One operand ---------------------------------------------------------------------------- */

// scanOne scans one operand with verb and stores it, unless that failed.
func (s *scanner) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		err := v.Scan(s, verb)
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		if err != nil {
			s.fail(err)
		}
		return
	}
	if !s.scanNumber(verb, arg) {
		s.scanOther(verb, arg)
	}
}

// scanNumber scans and stores arg when it points to an integer or float, and reports whether
// it did. Nothing is stored when scanning failed.
func (s *scanner) scanNumber(verb rune, arg any) bool {
	switch v := arg.(type) {
	case *int:
		if x := s.scanInt(verb, strconv.IntSize); s.err == nil {
			*v = int(x)
		}
	case *int8:
		if x := s.scanInt(verb, 8); s.err == nil {
			*v = int8(x)
		}
	case *int16:
		if x := s.scanInt(verb, 16); s.err == nil {
			*v = int16(x)
		}
	case *int32:
		if x := s.scanInt(verb, 32); s.err == nil {
			*v = int32(x)
		}
	case *int64:
		if x := s.scanInt(verb, 64); s.err == nil {
			*v = x
		}
	case *uint:
		if x := s.scanUint(verb, strconv.IntSize); s.err == nil {
			*v = uint(x)
		}
	case *uint8:
		if x := s.scanUint(verb, 8); s.err == nil {
			*v = uint8(x)
		}
	case *uint16:
		if x := s.scanUint(verb, 16); s.err == nil {
			*v = uint16(x)
		}
	case *uint32:
		if x := s.scanUint(verb, 32); s.err == nil {
			*v = uint32(x)
		}
	case *uint64:
		if x := s.scanUint(verb, 64); s.err == nil {
			*v = x
		}
	case *uintptr:
		if x := s.scanUint(verb, strconv.IntSize); s.err == nil {
			*v = uintptr(x)
		}
	case *float32:
		if x := s.scanFloat(verb, 32, "float32"); s.err == nil {
			*v = float32(x)
		}
	case *float64:
		if x := s.scanFloat(verb, 64, "float64"); s.err == nil {
			*v = x
		}
	default:
		return false
	}
	return true
}

// scanOther scans and stores the operands that are not numbers.
func (s *scanner) scanOther(verb rune, arg any) {
	switch v := arg.(type) {
	case *bool:
		if x := s.scanBool(verb); s.err == nil {
			*v = x
		}
	case *string:
		if x := s.scanString(verb); s.err == nil {
			*v = x
		}
	case *[]byte:
		if x := s.scanString(verb); s.err == nil {
			*v = []byte(x)
		}
	case *complex64:
		if x := s.scanComplex(verb, 64); s.err == nil {
			*v = complex64(x)
		}
	case *complex128:
		if x := s.scanComplex(verb, 128); s.err == nil {
			*v = x
		}
	default:
		if basic := asBasic(arg); basic != nil {
			if !s.scanNumber(verb, basic) {
				s.scanOther(verb, basic)
			}
			return
		}
		typ := Sprintf("%T", arg)
		if len(typ) > 0 && typ[0] == '*' {
			s.failString("can't scan type: " + typ)
		} else {
			s.failString("type not a pointer: " + typ)
		}
	}
}

// okVerb fails unless verb is one of verbs, the verbs that scan a typ.
func (s *scanner) okVerb(verb rune, verbs, typ string) bool {
	if containsRune(verbs, verb) {
		return true
	}
	s.failString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

/* ---- Numbers -------------------------------------------------------------------------------- */

const (
	binaryDigits  = "01"
	octalDigits   = "01234567"
	decimalDigits = "0123456789"
	hexDigits     = "0123456789aAbBcCdDeEfF"
	signs         = "+-"
)

// scanInt scans a signed integer of bits bits: %c is the next rune's value; %b %o %d %x %X
// digits in that base; %U "U+" and hex digits; %v an optional 0b 0o 0x or 0 prefix, and _.
func (s *scanner) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.scanRune(bits)
	}
	tok, base := s.intToken(verb, true)
	if s.err != nil {
		return 0
	}
	x, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.fail(err)
	} else if shift := 64 - bits; x<<shift>>shift != x {
		s.failString("integer overflow on token " + tok)
	}
	return x
}

func (s *scanner) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bits))
	}
	tok, base := s.intToken(verb, false)
	if s.err != nil {
		return 0
	}
	x, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
	} else if shift := 64 - bits; x<<shift>>shift != x {
		s.failString("unsigned integer overflow on token " + tok)
	}
	return x
}

// scanRune is %c of an integer operand: the next rune, even a space.
func (s *scanner) scanRune(bits int) int64 {
	s.notEOF()
	r := s.getRune()
	if shift := 64 - bits; int64(r)<<shift>>shift != int64(r) {
		s.failString("overflow on character value " + string(r))
	}
	return int64(r)
}

// intToken reads an integer's text for strconv, and the base to parse it in (0: the prefix
// says).
func (s *scanner) intToken(verb rune, signed bool) (string, int) {
	s.SkipSpace()
	s.notEOF()
	s.okVerb(verb, "bdoUxXv", "integer")
	base, digits := 10, decimalDigits
	switch verb {
	case 'b':
		base, digits = 2, binaryDigits
	case 'o':
		base, digits = 8, octalDigits
	case 'x', 'X', 'U':
		base, digits = 16, hexDigits
	}
	prefixed := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.failString("bad unicode format ")
		}
	} else {
		if signed {
			s.accept(signs)
		}
		if verb == 'v' {
			base, digits, prefixed = s.basePrefix()
		}
	}
	if !prefixed {
		s.notEOF()
		if !s.accept(digits) {
			s.failString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf), base
}

// basePrefix reads %v's 0, 0b, 0o or 0x and returns base 0 (strconv reads the prefix), the
// digits that may follow and whether a 0 was read (which is a number already).
func (s *scanner) basePrefix() (base int, digits string, zero bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.accept("bB"):
		return 0, binaryDigits + "_", true
	case s.accept("oO"):
		return 0, octalDigits + "_", true
	case s.accept("xX"):
		return 0, hexDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

// scanFloat scans a float of bits bits, for the verbs %b %e %E %f %F %g %G %v.
func (s *scanner) scanFloat(verb rune, bits int, typ string) float64 {
	if !s.okVerb(verb, "beEfFgGv", typ) {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	return s.parseFloat(s.floatToken(), bits)
}

// floatToken reads the text of a float: nan, a sign, inf, or digits with a point and an
// exponent (0x hex floats with a p exponent too), leaving its syntax for strconv to check.
func (s *scanner) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(signs)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits, exp := decimalDigits+"_", "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits, exp = hexDigits+"_", "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(signs)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

// parseFloat parses a float token; fmt also takes a decimal number with a binary exponent
// ("1.5p3" is 12), which strconv does not.
func (s *scanner) parseFloat(tok string, bits int) float64 {
	if s.err != nil {
		return 0
	}
	p := indexByte(tok, 'p')
	if p < 0 || indexByte(tok, 'x') >= 0 || indexByte(tok, 'X') >= 0 {
		f, err := strconv.ParseFloat(tok, bits)
		if err != nil {
			s.fail(err)
		}
		return f
	}
	f, err := strconv.ParseFloat(tok[:p], bits)
	if err == nil {
		var e int
		if e, err = strconv.Atoi(tok[p+1:]); err == nil {
			return math.Ldexp(f, e)
		}
	}
	if ne, ok := err.(*strconv.NumError); ok {
		ne.Num = tok // the error names the whole token
	}
	s.fail(err)
	return 0
}

func indexByte(str string, c byte) int {
	for i := 0; i < len(str); i++ {
		if str[i] == c {
			return i
		}
	}
	return -1
}

// scanComplex scans "(re+imi)" or "re+imi", each part a float of bits/2 bits.
func (s *scanner) scanComplex(verb rune, bits int) complex128 {
	if !s.okVerb(verb, "beEfFgGv", "complex") {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	parens := s.accept("(")
	re := s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept(signs) {
		s.failString("syntax error scanning complex number")
	}
	sign := string(s.buf)
	im := sign + s.floatToken()
	if !s.accept("i") || parens && !s.accept(")") {
		s.failString("syntax error scanning complex number")
	}
	return complex(s.parseFloat(re, bits/2), s.parseFloat(im, bits/2))
}

/* ---- Booleans and strings ------------------------------------------------------------------- */

// scanBool accepts 0, 1, t, f, true and false in any case (%t and %v).
func (s *scanner) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if s.err != nil || !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.failString("syntax error scanning boolean")
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.failString("syntax error scanning boolean")
		}
	}
	return false
}

// scanString reads a word (%s %v), a Go quoted string (%q) or hex pairs (%x %X).
func (s *scanner) scanString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	if s.err != nil {
		return ""
	}
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

// quotedString reads `raw` or "interpreted" (unquoted by strconv).
func (s *scanner) quotedString() string {
	switch s.getRune() {
	case '`':
		for r := s.mustReadRune(); r != '`' && s.err == nil; r = s.mustReadRune() {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for s.err == nil {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' { // the rune after a backslash cannot end the string
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		if s.err != nil {
			return ""
		}
		str, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.fail(err)
		}
		return str
	}
	s.failString("expected quoted string")
	return ""
}

// hexString reads pairs of hex digits, each a byte, up to the first rune that is not one.
func (s *scanner) hexString() string {
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		hi, ok := hexValue(r)
		if !ok {
			s.UnreadRune()
			break
		}
		lo, ok := hexValue(s.mustReadRune())
		if !ok {
			s.failString("illegal hex digit")
			return ""
		}
		s.buf = append(s.buf, byte(hi<<4|lo))
	}
	if len(s.buf) == 0 {
		s.failString("no hex data for %x string")
	}
	return string(s.buf)
}

func hexValue(r rune) (int, bool) {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0'), true
	case 'a' <= r && r <= 'f':
		return int(r-'a') + 10, true
	case 'A' <= r && r <= 'F':
		return int(r-'A') + 10, true
	}
	return 0, false
}

/* ---- Defined types -------------------------------------------------------------------------- */

// pointee is the C runtime's (runtime/rt_fmt_api.c): for a non-nil pointer, the kind of what
// it points to (numbered as reflect.Kind) and its address; kind 0 for anything else, and for
// slices other than of bytes.
func pointee(arg any) (kind int, p unsafe.Pointer)

// Kinds as reflect.Kind numbers them (the runtime's enum GoKind).
const (
	kindBool = 1 + iota
	kindInt
	kindInt8
	kindInt16
	kindInt32
	kindInt64
	kindUint
	kindUint8
	kindUint16
	kindUint32
	kindUint64
	kindUintptr
	kindFloat32
	kindFloat64
	kindComplex64
	kindComplex128
	kindSlice  = 23 // of bytes
	kindString = 24
)

// asBasic turns a pointer to a defined type (*MyInt, *Celsius) into a pointer of its
// underlying basic type, which scanNumber and scanOther know, as Go's fmt does with reflect;
// it returns nil when there is none.
func asBasic(arg any) any {
	kind, p := pointee(arg)
	switch kind {
	case kindBool:
		return (*bool)(p)
	case kindInt:
		return (*int)(p)
	case kindInt8:
		return (*int8)(p)
	case kindInt16:
		return (*int16)(p)
	case kindInt32:
		return (*int32)(p)
	case kindInt64:
		return (*int64)(p)
	case kindUint:
		return (*uint)(p)
	case kindUint8:
		return (*uint8)(p)
	case kindUint16:
		return (*uint16)(p)
	case kindUint32:
		return (*uint32)(p)
	case kindUint64:
		return (*uint64)(p)
	case kindUintptr:
		return (*uintptr)(p)
	case kindFloat32:
		return (*float32)(p)
	case kindFloat64:
		return (*float64)(p)
	case kindComplex64:
		return (*complex64)(p)
	case kindComplex128:
		return (*complex128)(p)
	case kindSlice:
		return (*[]byte)(p)
	case kindString:
		return (*string)(p)
	}
	return nil
}
