/* fe_fuzz.c: the libFuzzer target over gosub's front end (issue 14, docs/reliability.md).
 *
 * input: any bytes, read as one Go source file.  output: nothing but crashes, hangs and
 * sanitizer reports. Each input goes through the front half of gosubc's pipeline as
 * driver/main.c runs it: lex and parse, check (if it parsed), escape analysis with -m=2's notes
 * (if it checked), diagnostics printed as gosubc prints them (run with -close_fd_mask=2 to
 * silence them). Each input is compiled as if in a fresh process (fuzz_isolate.h).
 *
 * Imports: loading the standard library from disk per input would cost more than the rest
 * together (fmt's sources alone take 90 ms to load and check), so the importable packages are
 * the small stubs below, parsed and checked with each input that imports them: fmt, os,
 * strings, errors, math, runtime, sync and time, with the most used members of each. Any other
 * path is left unresolved, as the packages gosub implements in its runtime are, and the checker
 * reports the use of its members.
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../../escape/escape.h"
#include "../../../frontend/check.h"
#include "../../../frontend/parse.h"
#include "fuzz_isolate.h"

/* ---- the importable packages ------------------------------------------------------------- */

typedef struct Stub {
	const char *path, *source;
} Stub;

static const Stub stubs[] = {
    {"fmt", "package fmt\n"
	    "type Stringer interface{ String() string }\n"
	    "type State interface {\n"
	    "	Write(b []byte) (n int, err error)\n"
	    "	Width() (wid int, ok bool)\n"
	    "	Precision() (prec int, ok bool)\n"
	    "	Flag(c int) bool\n"
	    "}\n"
	    "type Formatter interface{ Format(f State, verb rune) }\n"
	    "func Print(a ...any) (n int, err error)\n"
	    "func Println(a ...any) (n int, err error)\n"
	    "func Printf(format string, a ...any) (n int, err error)\n"
	    "func Sprint(a ...any) string\n"
	    "func Sprintln(a ...any) string\n"
	    "func Sprintf(format string, a ...any) string\n"
	    "func Errorf(format string, a ...any) error\n"
	    "func Sscan(str string, a ...any) (n int, err error)\n"
	    "func Sscanf(str string, format string, a ...any) (n int, err error)\n"},
    {"os", "package os\n"
	   "type File struct{ fd int }\n"
	   "var Args []string\n"
	   "var Stdin, Stdout, Stderr *File\n"
	   "func (f *File) Write(b []byte) (n int, err error)\n"
	   "func (f *File) WriteString(s string) (n int, err error)\n"
	   "func (f *File) Close() error\n"
	   "func Exit(code int)\n"
	   "func Getenv(key string) string\n"},
    {"strings", "package strings\n"
		"type Builder struct{ buf []byte }\n"
		"func (b *Builder) WriteString(s string) (int, error)\n"
		"func (b *Builder) WriteByte(c byte) error\n"
		"func (b *Builder) String() string\n"
		"func Contains(s, substr string) bool\n"
		"func Index(s, substr string) int\n"
		"func HasPrefix(s, prefix string) bool\n"
		"func HasSuffix(s, suffix string) bool\n"
		"func Split(s, sep string) []string\n"
		"func Join(elems []string, sep string) string\n"
		"func Repeat(s string, count int) string\n"
		"func Replace(s, old, new string, n int) string\n"
		"func ToUpper(s string) string\n"
		"func TrimSpace(s string) string\n"
		"func Fields(s string) []string\n"},
    {"errors", "package errors\n"
	       "func New(text string) error\n"
	       "func Is(err, target error) bool\n"
	       "func As(err error, target any) bool\n"
	       "func Unwrap(err error) error\n"},
    {"math", "package math\n"
	     "const (\n"
	     "	MaxInt8 = 1<<7 - 1\n"
	     "	MinInt8 = -1 << 7\n"
	     "	MaxInt32 = 1<<31 - 1\n"
	     "	MinInt32 = -1 << 31\n"
	     "	MaxInt64 = 1<<63 - 1\n"
	     "	MinInt64 = -1 << 63\n"
	     "	MaxUint32 = 1<<32 - 1\n"
	     "	MaxUint64 = 1<<64 - 1\n"
	     "	MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))\n"
	     "	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52\n"
	     "	Pi = 3.14159265358979323846264338327950288419716939937510582097494459\n"
	     ")\n"
	     "func Abs(x float64) float64\n"
	     "func Sqrt(x float64) float64\n"
	     "func Inf(sign int) float64\n"
	     "func NaN() float64\n"
	     "func IsNaN(f float64) (is bool)\n"
	     "func Float64bits(f float64) uint64\n"
	     "func Float64frombits(b uint64) float64\n"
	     "func Float32bits(f float32) uint32\n"},
    {"runtime", "package runtime\n"
		"type Error interface {\n"
		"	error\n"
		"	RuntimeError()\n"
		"}\n"
		"func GC()\n"
		"func Gosched()\n"
		"func GOMAXPROCS(n int) int\n"
		"func NumGoroutine() int\n"
		"func Caller(skip int) (pc uintptr, file string, line int, ok bool)\n"
		"func KeepAlive(x any)\n"
		"func SetFinalizer(obj any, finalizer any)\n"
		"const GOOS = \"linux\"\n"
		"const GOARCH = \"amd64\"\n"},
    {"sync", "package sync\n"
	     "type Mutex struct{ state int32 }\n"
	     "func (m *Mutex) Lock()\n"
	     "func (m *Mutex) Unlock()\n"
	     "type WaitGroup struct{ n int64 }\n"
	     "func (wg *WaitGroup) Add(delta int)\n"
	     "func (wg *WaitGroup) Done()\n"
	     "func (wg *WaitGroup) Wait()\n"
	     "type Once struct{ done uint32 }\n"
	     "func (o *Once) Do(f func())\n"},
    {"time", "package time\n"
	     "type Duration int64\n"
	     "const (\n"
	     "	Nanosecond Duration = 1\n"
	     "	Microsecond = 1000 * Nanosecond\n"
	     "	Millisecond = 1000 * Microsecond\n"
	     "	Second = 1000 * Millisecond\n"
	     ")\n"
	     "func (d Duration) String() string\n"
	     "func Sleep(d Duration)\n"
	     "func After(d Duration) <-chan int64\n"},
};
enum { NSTUBS = sizeof stubs / sizeof stubs[0] };

/* ---- one compilation --------------------------------------------------------------------- */

static SrcFile *source(const char *path, const char *text, size_t len, int index) {
	SrcFile *f = NEW(SrcFile);
	char *copy = xalloc(len + 1); /* the lexer reads up to a terminating NUL */
	memcpy(copy, text, len);
	f->path = path;
	f->text = copy;
	f->len = len;
	f->index = index;
	return f;
}

/* The package of one file, or NULL when it did not parse. */
static Package *parse_package(SrcFile *f, const char *path) {
	Package *pkg = parse_files(&f, 1);
	if (diag_errors() || !pkg->name)
		return NULL;
	pkg->path = path;
	pkg->link = path;
	return pkg;
}

static const Stub *find_stub(const char *path) {
	for (int i = 0; i < NSTUBS; i++)
		if (strcmp(stubs[i].path, path) == 0)
			return &stubs[i];
	return NULL;
}

/* Resolves one import of main: a stub is parsed once, put in the program before main. */
static void import_stub(Program *prog, Package *main, Node *spec) {
	const Stub *stub = find_stub(spec->importspec.path);
	if (!stub)
		return; /* left unresolved: the checker reports what the file uses of it */
	for (int i = 0; i < main->imports.len; i++)
		if (main->imports.v[i]->path == stub->path)
			return;
	SrcFile *f =
	    source(fmt("%s.go", stub->path), stub->source, strlen(stub->source), 1 + (int)(stub - stubs));
	Package *pkg = parse_package(f, stub->path);
	if (!pkg)
		return;
	pkg->externs_ok = true;
	vec_push(&main->imports, pkg);
	vec_push(&prog->pkgs, pkg);
}

/* What load.c does for a real build, with the stubs as the only packages on disk. */
static Program *program(Package *main) {
	Program *prog = NEW(Program);
	NodeVec *imps = &main->files.v[0]->file.imports;
	for (int i = 0; i < imps->len; i++) {
		Node *d = imps->v[i];
		if (d->kind == ND_IMPORTSPEC)
			import_stub(prog, main, d);
		for (int j = 0; d->kind == ND_GENDECL && j < d->gendecl.specs.len; j++)
			import_stub(prog, main, d->gendecl.specs.v[j]);
	}
	main->path = main->link = "main";
	main->report = true;
	vec_push(&prog->pkgs, main);
	prog->main = main;
	return prog;
}

/* driver/main.c's analyze(): each stage only after the one before it reported no error. */
static void compile(const uint8_t *data, size_t size) {
	Package *main = parse_package(source("fuzz.go", (const char *)data, size, 0), "main");
	Program *prog = main ? program(main) : NULL;
	if (!prog || diag_errors())
		return;
	for (int i = 0; i < prog->pkgs.len; i++) {
		check_package(prog->pkgs.v[i]);
		if (diag_errors())
			return;
	}
	for (int i = 0; i < prog->pkgs.len; i++) {
		EscOptions esc = {.m_level = prog->pkgs.v[i]->report ? 2 : 0};
		esc_analyze(prog->pkgs.v[i], &esc);
	}
	diag_flush_notes();
}

/* ---- the libFuzzer entry points ---------------------------------------------------------- */

static jmp_buf give_up;

/* At the error limit the front end would exit(2): return to the loop instead. */
static void stop_input(int status) { longjmp(give_up, status); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
	diag_exit_hook = stop_input;
	if (setjmp(give_up) == 0)
		compile(data, size);
	diag_flush();
	fuzz_isolate_reset();
	return 0;
}

/* Every stub must check cleanly, or the inputs that import it would test nothing. */
static void check_stubs(void) {
	Buf b = {0};
	buf_puts(&b, "package main\nimport (\n");
	for (int i = 0; i < NSTUBS; i++)
		buf_printf(&b, "\t_ \"%s\"\n", stubs[i].path);
	buf_puts(&b, ")\nfunc main() {}\n");
	compile((const uint8_t *)b.data, b.len);
	if (diag_errors()) {
		diag_flush();
		fputs("fe_fuzz: the stub packages do not check\n", stderr);
		abort();
	}
	fuzz_isolate_reset();
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
	(void)argc;
	(void)argv;
	fuzz_isolate_init();
	check_stubs();
	return 0;
}
