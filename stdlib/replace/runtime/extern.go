package runtime

// What a program can learn about its own stack: the pcs of its callers, and for each pc the
// function, file and line, read from the program's DWARF by the C runtime (runtime/
// rt_callers.c, which also says how inlined frames get pcs of their own). A program built
// without DWARF (-ldflags=-w) still has function names, from its symbol table, but no lines.

// Caller reports the file and line of a call on the calling goroutine's stack: skip 0 is the
// caller of Caller, 1 its caller, and so on. pc is the call's program counter. ok is false when
// the stack is not that deep.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var one [1]uintptr
	if callers(skip, one[:]) == 0 {
		return 0, "", 0, false
	}
	f, _ := CallersFrames(one[:]).Next()
	return f.PC, f.File, f.Line, f.PC != 0
}

// Callers fills pc with the program counters of the calls on the calling goroutine's stack and
// returns how many it wrote. skip 1 is the caller of Callers; gosub counts skip 0 as 1, as it
// does not list the runtime package's own frames. Pass the pcs to CallersFrames to learn what
// they are.
func Callers(skip int, pc []uintptr) int {
	if skip > 0 {
		skip--
	}
	return callers(skip, pc)
}

func callers(skip int, pc []uintptr) int

// rawFrame is what the C runtime knows of one pc; its layout is rt_callers.c's RawFrame.
type rawFrame struct {
	pc       uintptr
	function string
	file     string
	line     int
	entry    uintptr
	inlined  bool
	ok       bool
}

// frameAt describes pc: one that Callers stored, or any code address.
func frameAt(pc uintptr) rawFrame

// Stack writes the calling goroutine's traceback into buf, as a panic would print it, and with
// all the other goroutines' after it; it returns the number of bytes written, at most len(buf).
func Stack(buf []byte, all bool) int

// A Func is a Go function of the program.
type Func struct {
	name  string
	entry uintptr
	file  string
	line  int
}

// FuncForPC returns the function whose code holds pc, or nil. Where calls were inlined at pc,
// it is the innermost function, with the entry of the function they were inlined into.
func FuncForPC(pc uintptr) *Func {
	r := frameAt(pc)
	if !r.ok {
		return nil
	}
	return &Func{name: r.function, entry: r.entry, file: r.file, line: r.line}
}

// Name returns the function's name as gc prints it ("main.(*T).Get"); "" for a nil *Func.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the address of the function's first instruction.
func (f *Func) Entry() uintptr { return f.entry }

// FileLine returns the file and line of the source that pc was compiled from.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	r := frameAt(pc)
	return r.file, r.line
}

// A Frame is one call on a stack, as CallersFrames gives it.
type Frame struct {
	PC       uintptr // the call's program counter
	Func     *Func   // nil for a call inlined into another function
	Function string  // the function's name, as Func.Name gives it
	File     string
	Line     int
	Entry    uintptr // the first instruction of the function the code lies in
}

// Frames walks the pcs Callers gave, one Frame a call.
type Frames struct {
	callers []uintptr
	next    Frame
	hasNext bool
}

// CallersFrames returns the frames of the pcs that Callers wrote.
func CallersFrames(callers []uintptr) *Frames {
	ci := &Frames{callers: callers}
	ci.next, ci.hasNext = ci.advance()
	return ci
}

// advance reads the next pc that names a frame.
func (ci *Frames) advance() (Frame, bool) {
	for len(ci.callers) > 0 {
		r := frameAt(ci.callers[0])
		ci.callers = ci.callers[1:]
		if r.ok {
			return r.frame(), true
		}
	}
	return Frame{}, false
}

func (r rawFrame) frame() Frame {
	f := Frame{PC: r.pc, Function: r.function, File: r.file, Line: r.line, Entry: r.entry}
	if !r.inlined {
		f.Func = &Func{name: r.function, entry: r.entry, file: r.file, line: r.line}
	}
	return f
}

// Next returns the next frame, and whether one more follows; past the last it returns a zero
// Frame and false.
func (ci *Frames) Next() (frame Frame, more bool) {
	if !ci.hasNext {
		return Frame{}, false
	}
	frame = ci.next
	ci.next, ci.hasNext = ci.advance()
	return frame, ci.hasNext
}
