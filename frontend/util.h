/* util.h: the small toolbox every stage of gosubc shares.
 *
 *   - memory: one compilation-lifetime arena. A compiler is a short-lived program, so nothing
 *     allocated here is ever freed piecemeal (the chibicc habit); xalloc() returns zeroed memory.
 *   - growable arrays: VEC(T) declares { T *v; int len, cap; }, vec_push() appends.
 *   - strings: interned and formatted strings that live as long as the compilation.
 *   - positions and diagnostics: `file.go:line:col: message`, sorted by position, then the source
 *     line and a caret, at most 10 before `too many errors` (gc's behaviour).
 *   - unreachable()/fatal(): internal compiler errors, naming the C file and line.
 *   - stage timings: `gosubc build -time` prints each stage's wall time to stderr.
 */
#ifndef GOSUB_UTIL_H
#define GOSUB_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- memory ---------------------------------------------------------------------------- */

void *xalloc(size_t size); /* zeroed; never returns NULL */
void *xrealloc(void *p, size_t old, size_t size);
#define NEW(T) ((T *)xalloc(sizeof(T)))

/* VEC(T) is an anonymous growable array type; declare fields as `VEC(Node *) stmts;`. */
#define VEC(T)                \
	struct {              \
		T *v;         \
		int len, cap; \
	}
#define vec_push(vec, item)                                                                                \
	do {                                                                                               \
		if ((vec)->len == (vec)->cap) {                                                            \
			int ncap_ = (vec)->cap ? 2 * (vec)->cap : 4;                                       \
			(vec)->v =                                                                         \
			    xrealloc((vec)->v, sizeof(*(vec)->v) * (vec)->cap, sizeof(*(vec)->v) * ncap_); \
			(vec)->cap = ncap_;                                                                \
		}                                                                                          \
		(vec)->v[(vec)->len++] = (item);                                                           \
	} while (0)
#define vec_last(vec) ((vec)->v[(vec)->len - 1])

/* ---- strings --------------------------------------------------------------------------- */

const char *intern(const char *s, size_t len); /* equal strings give the same pointer */
const char *intern_cstr(const char *s);
uint64_t hash_bytes(const char *s, size_t len); /* FNV-1a: for the hash tables of names */
char *fmt(const char *format, ...) __attribute__((format(printf, 1, 2)));
char *vfmt(const char *format, va_list ap);

/* A byte buffer for building text (IR names, diagnostics, dumps). */
typedef struct Buf {
	char *data;
	size_t len, cap;
} Buf;
void buf_putc(Buf *b, char c);
void buf_puts(Buf *b, const char *s);
void buf_put(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *format, ...) __attribute__((format(printf, 2, 3)));
const char *buf_cstr(Buf *b); /* NUL-terminated view of the contents */

/* ---- source files and positions -------------------------------------------------------- */

typedef struct SrcFile {
	const char *path; /* as given on the command line: diagnostics print it unchanged */
	const char *text; /* whole contents, NUL-terminated */
	size_t len;
	int index;          /* order on the command line; positions sort by it */
	const char **lines; /* where each line starts (lines[0] is line 1), made on first use */
	int nlines;
} SrcFile;

SrcFile *src_read(const char *path);        /* NULL (after a diagnostic) if unreadable */
const char *src_line(SrcFile *f, int line); /* the start of line `line` (1-based), or NULL */

/* A position: 1-based line, 1-based column in bytes (a tab is one column), as gc prints.
 * A node the inliner copied into a caller (inline/) stands, like gc's, at the outermost call
 * it was inlined through: file/line/col say that call, so diagnostics and -m lines print what
 * gc prints; `inl` (> 0) names the inlined call (pos_inl_site) and `at` keeps where the node is
 * in the callee's own source, for debug information and tracebacks. */
typedef struct Pos {
	SrcFile *file;
	int line, col;
	int inl; /* 0, or the inline site the node was copied through (pos_inl_site) */
	struct {
		SrcFile *file;
		int line, col;
	} at; /* inl > 0: the position in the inlined function's body */
} Pos;

int pos_cmp(Pos a, Pos b);
const char *pos_str(Pos p); /* "file.go:3:5" */

/* An inlined call: the call's own position (itself maybe inside an inlined body) and the
 * function inlined there. Sites are numbered from 1 in the order the inliner makes them. */
typedef struct PosInlSite {
	Pos call;
	const char *func; /* the callee's symbol: main.f */
	Pos decl;         /* the callee's declaration */
} PosInlSite;
int pos_new_inl_site(Pos call, const char *func, Pos decl);
const PosInlSite *pos_inl_site(int inl);
Pos pos_inlined(Pos p, int inl); /* p (a callee's node) copied into the call of site inl */
Pos pos_inner(Pos p);            /* where the node is in its own function's source */

/* ---- diagnostics ----------------------------------------------------------------------- */

/* Errors are collected, then printed sorted by position by diag_flush(); duplicate messages on
 * the same line are dropped, as gc does. After 10 errors the compiler stops with
 * `too many errors`. diag_errors() says how many were reported so far. */
void diag_error(Pos p, const char *format, ...) __attribute__((format(printf, 2, 3)));
void diag_verror(Pos p, const char *format, va_list ap);
int diag_errors(void);
void diag_flush(void);        /* prints and clears the collected errors */
void diag_discard(void);      /* forgets them: a trial whose errors a later stage reports */
extern bool diag_show_source; /* print the source line and a caret (default true) */
extern bool diag_one_per_pos; /* while set, an error at a position that has one already is dropped
				 (the instances of a generic share its positions) */
/* Called, when set, instead of exit(2) at the error limit: the libFuzzer target
 * (test/fuzz/libfuzzer/) longjmps back to its loop, as no input may end its process. */
extern void (*diag_exit_hook)(int status);

/* Notes such as escape-analysis `-m` lines: printed sorted by position, not counted as errors. */
void diag_note(Pos p, const char *format, ...) __attribute__((format(printf, 2, 3)));
void diag_flush_notes(void);
/* Notes of instances of one generic share its source positions: the notes that follow are
 * member's, of group (NULL: ungrouped). At a position, only the notes of the group's member
 * that reported there first are printed. */
void diag_note_group(const void *group, const void *member);

/* Internal compiler errors: print `gosubc: internal error at file.c:123: ...` and abort. */
_Noreturn void fatal_at(const char *cfile, int cline, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
#define fatal(...)    fatal_at(__FILE__, __LINE__, __VA_ARGS__)
#define unreachable() fatal_at(__FILE__, __LINE__, "unreachable")

/* ---- stage timings (-time) ------------------------------------------------------------ */

/* With time_stages set, time_stage("check") prints `gosubc: time check 0.123 s` to stderr: the
 * wall time since the previous call (or since time_start()). Stages call it as they end. */
extern bool time_stages;
void time_start(void);
void time_stage(const char *stage);

#endif
