/* util.c: memory, strings, source files and diagnostics shared by every stage (see util.h). */
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

/* ---- memory ---------------------------------------------------------------------------- */

/* Every build parses, checks and analyses the sources of all the packages it imports, the
 * standard library's included (driver/cache.c says why): for a program importing fmt, 400,000
 * small objects that all live until exit. Each from calloc cost malloc's bookkeeping and,
 * above all, a page fault for every fresh 4 KB: on a virtual machine, a third of such a
 * build's time. So objects are cut from big chunks by moving a pointer, and a chunk asks the
 * kernel for transparent huge pages (MADV_HUGEPAGE), which fault in 2 MB at a time. Fresh
 * mapped memory is zero, and nothing is given back, so xalloc has nothing to clear.
 * Under AddressSanitizer (-DGOSUB_SANITIZE=ON, and the libFuzzer build) each object is a
 * calloc of its own instead, so that ASan's redzones still catch an overrun between two. */
#if defined(__SANITIZE_ADDRESS__) /* gcc's way of saying it */
#define UNDER_ASAN 1
#elif defined(__has_feature) /* clang's */
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifdef UNDER_ASAN

void *xalloc(size_t size) {
	void *p = calloc(1, size ? size : 1);
	if (!p)
		fatal("out of memory");
	return p;
}

void *xrealloc(void *p, size_t old, size_t size) {
	void *q = realloc(p, size ? size : 1);
	if (!q)
		fatal("out of memory");
	if (size > old)
		memset((char *)q + old, 0, size - old);
	return q;
}

#else

enum { CHUNK = 64 << 20, ALIGN = 16 };

static char *chunk_start, *chunk_next, *chunk_end; /* the chunk objects are cut from */

static size_t aligned(size_t size) { return (size + ALIGN - 1) & ~(size_t)(ALIGN - 1); }

/* Fresh zeroed memory from the kernel, in huge pages where it has them. */
static char *map_zeroed(size_t size) {
	void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		fatal("out of memory");
	madvise(p, size, MADV_HUGEPAGE); /* only a hint: without THP, 4 KB pages */
	return p;
}

void *xalloc(size_t size) {
	size = aligned(size ? size : 1);
	if (size > CHUNK / 4) /* a big object gets a mapping of its own; the chunk goes on */
		return map_zeroed(size);
	if (size > (size_t)(chunk_end - chunk_next)) {
		chunk_start = chunk_next = map_zeroed(CHUNK);
		chunk_end = chunk_start + CHUNK;
	}
	void *p = chunk_next;
	chunk_next += size;
	return p;
}

/* The newest object of the chunk grows where it is (a growing VEC or Buf usually is the
 * newest); any other moves, leaving its old bytes unused. */
void *xrealloc(void *p, size_t old, size_t size) {
	if (!p)
		return xalloc(size);
	if (size <= old)
		return p;
	char *end = (char *)p + aligned(old);
	size_t more = aligned(size) - aligned(old);
	if ((char *)p >= chunk_start && end == chunk_next && more <= (size_t)(chunk_end - end)) {
		chunk_next += more;
		return p;
	}
	void *q = xalloc(size);
	memcpy(q, p, old);
	return q;
}

#endif

/* ---- strings --------------------------------------------------------------------------- */

/* Interned strings live in an open-addressing hash table keyed by their bytes. */
typedef struct InternEntry {
	const char *s;
	size_t len;
} InternEntry;

static InternEntry *intern_tab;
static size_t intern_cap, intern_len;

uint64_t hash_bytes(const char *s, size_t len) {
	uint64_t h = 14695981039346656037ull; /* FNV-1a */
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static void intern_grow(void) {
	InternEntry *old = intern_tab;
	size_t oldcap = intern_cap;
	intern_cap = oldcap ? 2 * oldcap : 1024;
	intern_tab = xalloc(intern_cap * sizeof *intern_tab);
	for (size_t i = 0; i < oldcap; i++) {
		if (!old[i].s)
			continue;
		size_t j = hash_bytes(old[i].s, old[i].len) & (intern_cap - 1);
		while (intern_tab[j].s)
			j = (j + 1) & (intern_cap - 1);
		intern_tab[j] = old[i];
	}
}

const char *intern(const char *s, size_t len) {
	if (2 * (intern_len + 1) > intern_cap)
		intern_grow();
	size_t j = hash_bytes(s, len) & (intern_cap - 1);
	for (; intern_tab[j].s; j = (j + 1) & (intern_cap - 1))
		if (intern_tab[j].len == len && memcmp(intern_tab[j].s, s, len) == 0)
			return intern_tab[j].s;
	char *copy = xalloc(len + 1);
	memcpy(copy, s, len);
	intern_tab[j] = (InternEntry){copy, len};
	intern_len++;
	return copy;
}

const char *intern_cstr(const char *s) { return intern(s, strlen(s)); }

char *vfmt(const char *format, va_list ap) {
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, format, ap2);
	va_end(ap2);
	char *s = xalloc((size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, format, ap);
	return s;
}

char *fmt(const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	char *s = vfmt(format, ap);
	va_end(ap);
	return s;
}

void buf_put(Buf *b, const char *s, size_t n) {
	if (b->len + n + 1 > b->cap) {
		size_t ncap = b->cap ? b->cap : 64;
		while (ncap < b->len + n + 1)
			ncap *= 2;
		b->data = xrealloc(b->data, b->cap, ncap);
		b->cap = ncap;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void buf_putc(Buf *b, char c) { buf_put(b, &c, 1); }
void buf_puts(Buf *b, const char *s) { buf_put(b, s, strlen(s)); }

void buf_printf(Buf *b, const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	char *s = vfmt(format, ap);
	va_end(ap);
	buf_puts(b, s);
}

const char *buf_cstr(Buf *b) { return b->data ? b->data : ""; }

/* ---- source files and positions -------------------------------------------------------- */

static int nfiles;

SrcFile *src_read(const char *path) {
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "gosubc: cannot open %s: %s\n", path, strerror(errno));
		return NULL;
	}
	Buf b = {0};
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_put(&b, chunk, n);
	fclose(f);
	SrcFile *file = NEW(SrcFile);
	file->path = intern_cstr(path);
	file->text = b.data ? b.data : xalloc(1);
	file->len = b.len;
	file->index = nfiles++;
	return file;
}

/* The line table is made once per file, so that any number of lookups stays linear. */
const char *src_line(SrcFile *f, int line) {
	if (!f->lines) {
		VEC(const char *) starts = {0};
		vec_push(&starts, f->text);
		for (size_t i = 0; i < f->len; i++)
			if (f->text[i] == '\n')
				vec_push(&starts, f->text + i + 1);
		f->lines = starts.v;
		f->nlines = starts.len;
	}
	return line >= 1 && line <= f->nlines ? f->lines[line - 1] : NULL;
}

int pos_cmp(Pos a, Pos b) {
	int fa = a.file ? a.file->index : -1, fb = b.file ? b.file->index : -1;
	if (fa != fb)
		return fa < fb ? -1 : 1;
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	if (a.col != b.col)
		return a.col < b.col ? -1 : 1;
	return 0;
}

static VEC(PosInlSite) inl_sites;

int pos_new_inl_site(Pos call, const char *func, Pos decl) {
	vec_push(&inl_sites, ((PosInlSite){call, func, pos_inner(decl)}));
	return inl_sites.len;
}

const PosInlSite *pos_inl_site(int inl) {
	return inl > 0 && inl <= inl_sites.len ? &inl_sites.v[inl - 1] : NULL;
}

/* The copy keeps its own source position in `at` and takes the outermost call's as its
 * printed one (the call's outer position, when the call was itself inlined). */
Pos pos_inlined(Pos p, int inl) {
	Pos inner = pos_inner(p);
	Pos call = pos_inl_site(inl)->call;
	Pos q = {.file = call.file, .line = call.line, .col = call.col, .inl = inl};
	q.at.file = inner.file, q.at.line = inner.line, q.at.col = inner.col;
	return q;
}

Pos pos_inner(Pos p) {
	if (p.inl == 0)
		return p;
	Pos q = {.file = p.at.file, .line = p.at.line, .col = p.at.col};
	return q;
}

const char *pos_str(Pos p) {
	if (!p.file)
		return "<unknown>";
	return fmt("%s:%d:%d", p.file->path, p.line, p.col);
}

/* ---- diagnostics ----------------------------------------------------------------------- */

typedef struct Diag {
	Pos pos;
	char *msg;
	int seq;                    /* report order, to keep the sort stable */
	const void *group, *member; /* notes: see diag_note_group */
} Diag;

typedef VEC(Diag) DiagVec;

static DiagVec errors, notes;
static int nerrors, nseq;
bool diag_show_source = true;
void (*diag_exit_hook)(int status);

enum { MAX_ERRORS = 10 };

static int diag_cmp(const void *a, const void *b) {
	const Diag *x = a, *y = b;
	int c = pos_cmp(x->pos, y->pos);
	return c ? c : x->seq - y->seq;
}

/* Print the source line holding p and a caret under its column. */
static void print_source_line(Pos p) {
	if (!p.file || p.line <= 0)
		return;
	const char *s = p.file->text, *end = s + p.file->len;
	for (int line = 1; line < p.line && s < end; s++)
		if (*s == '\n')
			line++;
	const char *e = s;
	while (e < end && *e != '\n')
		e++;
	fprintf(stderr, "\t%.*s\n\t", (int)(e - s), s);
	for (int i = 1; i < p.col && s + i - 1 < e; i++)
		fputc(s[i - 1] == '\t' ? '\t' : ' ', stderr);
	fputs("^\n", stderr);
}

/* gc drops a message repeated on the same line; distinct errors on one line all show. (The
 * parser itself keeps to gc's one-syntax-error-per-line rule, in reporting order.) */
static bool redundant(const Diag *prev, const Diag *d) {
	return prev->pos.file == d->pos.file && prev->pos.line == d->pos.line &&
	       strcmp(prev->msg, d->msg) == 0;
}

void diag_flush(void) {
	if (errors.len > 1)
		qsort(errors.v, (size_t)errors.len, sizeof(Diag), diag_cmp);
	int shown = 0;
	for (int i = 0; i < errors.len; i++) {
		Diag *d = &errors.v[i];
		if (i > 0 && redundant(&errors.v[i - 1], d))
			continue;
		if (d->pos.file)
			fprintf(stderr, "%s: %s\n", pos_str(d->pos), d->msg);
		else /* a package that cannot be loaded, as the go command words it */
			fprintf(stderr, "%s\n", d->msg);
		if (diag_show_source)
			print_source_line(d->pos);
		/* gc gives up at its 10th error, naming that error's position. */
		if (++shown == MAX_ERRORS) {
			fprintf(stderr, "%s: too many errors\n", pos_str(d->pos));
			break;
		}
	}
	errors.len = 0;
}

bool diag_one_per_pos;

void diag_verror(Pos p, const char *format, va_list ap) {
	for (int i = 0; diag_one_per_pos && i < errors.len; i++)
		if (pos_cmp(errors.v[i].pos, p) == 0)
			return;
	vec_push(&errors, ((Diag){p, vfmt(format, ap), nseq++, NULL, NULL}));
	nerrors++;
	/* Far past the limit nothing more can be shown: stop instead of cascading. */
	if (nerrors > 10 * MAX_ERRORS) {
		diag_flush();
		if (diag_exit_hook)
			diag_exit_hook(2);
		exit(2);
	}
}

void diag_error(Pos p, const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	diag_verror(p, format, ap);
	va_end(ap);
}

int diag_errors(void) { return nerrors; }

void diag_discard(void) {
	errors.len = 0;
	nerrors = 0;
}

static const void *note_group, *note_member;

void diag_note_group(const void *group, const void *member) {
	note_group = group;
	note_member = member;
}

void diag_note(Pos p, const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	vec_push(&notes, ((Diag){p, vfmt(format, ap), nseq++, note_group, note_member}));
	va_end(ap);
}

/* Notes i and j (sorted) are at one position, of one group, by different members. */
static bool shadowed(int i, int first) {
	for (int j = first; j < i; j++)
		if (notes.v[j].group == notes.v[i].group)
			return notes.v[j].member != notes.v[i].member;
	return false;
}

void diag_flush_notes(void) {
	if (notes.len > 1)
		qsort(notes.v, (size_t)notes.len, sizeof(Diag), diag_cmp);
	int first = 0; /* the first note at the current position */
	for (int i = 0; i < notes.len; i++) {
		if (pos_cmp(notes.v[i].pos, notes.v[first].pos) != 0)
			first = i;
		if (notes.v[i].group && shadowed(i, first))
			continue;
		fprintf(stderr, "%s: %s\n", pos_str(notes.v[i].pos), notes.v[i].msg);
	}
	notes.len = 0;
}

_Noreturn void fatal_at(const char *cfile, int cline, const char *format, ...) {
	va_list ap;
	va_start(ap, format);
	fprintf(stderr, "gosubc: internal error at %s:%d: ", cfile, cline);
	vfprintf(stderr, format, ap);
	fputc('\n', stderr);
	va_end(ap);
	abort();
}

/* ---- stage timings ------------------------------------------------------------------------ */

bool time_stages;
static double time_last;

static double now_seconds(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void time_start(void) { time_last = now_seconds(); }

void time_stage(const char *stage) {
	if (!time_stages)
		return;
	double t = now_seconds();
	fprintf(stderr, "gosubc: time %-14s %8.3f s\n", stage, t - time_last);
	time_last = t;
}
