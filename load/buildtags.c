/* buildtags.c: whether a .go file, and which files of a directory, belong in the build
 * (see buildtags.h for the rules; buildtags_expr.c evaluates the constraints themselves).
 *
 * input:  a base name and the file's text, or a directory.
 * output: LD_IN / LD_OUT / LD_BAD with a why-string; a directory's files sorted and split into
 *         package, in-package test and external test files, with go/build's errors.
 *
 * Like go/build, the file's header is read with a small scanner rather than the parser:
 * the leading comments (for constraints), then `package name` and the import declarations
 * (for `import "C"`). Nothing past the imports is looked at.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include "buildtags.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A piece of a string, not NUL-terminated. */
typedef struct Span {
	const char *s;
	size_t len;
} Span;

static bool span_eq(Span a, const char *word) {
	return strlen(word) == a.len && memcmp(a.s, word, a.len) == 0;
}

static bool has_prefix(const char *s, size_t len, const char *prefix) {
	size_t n = strlen(prefix);
	return len >= n && memcmp(s, prefix, n) == 0;
}

static bool has_suffix(const char *s, const char *suffix) {
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static bool is_space(char c) {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static Span trim_space(Span l) {
	while (l.len && is_space(l.s[0]))
		l.s++, l.len--;
	while (l.len && is_space(l.s[l.len - 1]))
		l.len--;
	return l;
}

/* ---- file names ---------------------------------------------------------------------------- */

/* go/build/syslist.go: the systems a file-name suffix may name. Others are not constraints. */
static const char *const known_os[] = {
    "aix",   "android", "darwin", "dragonfly", "freebsd", "hurd",    "illumos", "ios", "js",
    "linux", "nacl",    "netbsd", "openbsd",   "plan9",   "solaris", "windows", "zos",
};
static const char *const known_arch[] = {
    "386",     "amd64",  "amd64p32", "arm",      "armbe",     "arm64",       "arm64be", "loong64",
    "mips",    "mipsle", "mips64",   "mips64le", "mips64p32", "mips64p32le", "ppc",     "ppc64",
    "ppc64le", "riscv",  "riscv64",  "s390",     "s390x",     "sparc",       "sparc64", "wasm",
};
#define COUNT(a) ((int)(sizeof(a) / sizeof *(a)))

static bool span_in(Span w, const char *const *list, int n) {
	for (int i = 0; i < n; i++)
		if (span_eq(w, list[i]))
			return true;
	return false;
}
static bool is_os(Span w) { return span_in(w, known_os, COUNT(known_os)); }
static bool is_arch(Span w) { return span_in(w, known_arch, COUNT(known_arch)); }

/* The k-th '_'-separated field of s counted from the end (k = 0 is the last one).
 * False when s has fewer than k+1 fields. */
static bool field_from_end(Span s, int k, Span *out) {
	size_t end = s.len;
	for (;;) {
		size_t start = end;
		while (start > 0 && s.s[start - 1] != '_')
			start--;
		if (k-- == 0) {
			*out = (Span){s.s + start, end - start};
			return true;
		}
		if (start == 0)
			return false;
		end = start - 1;
	}
}

/* go/build's goodOSArchFile. Only the part of the name between its first '_' and its first
 * '.' counts, so `linux.go` and `linux_test.go` carry no constraint (Go 1.4's rule). Within it,
 * after dropping a final `_test`, the name may end in _GOOS_GOARCH, _GOOS or _GOARCH. */
static bool good_os_arch(const char *name, const LdTags *tags) {
	const char *us = strchr(name, '_'), *dot = strchr(name, '.');
	size_t end = dot ? (size_t)(dot - name) : strlen(name);
	if (!us || (size_t)(us - name) >= end)
		return true;
	Span tail = {us, name + end - us}, last, before;
	int k = field_from_end(tail, 0, &last) && span_eq(last, "test") ? 1 : 0;
	field_from_end(tail, k, &last);
	if (field_from_end(tail, k + 1, &before) && is_os(before) && is_arch(last))
		return ld_tag_satisfied(last.s, last.len, tags) &&
		       ld_tag_satisfied(before.s, before.len, tags);
	if (is_os(last) || is_arch(last))
		return ld_tag_satisfied(last.s, last.len, tags);
	return true;
}

bool ld_name_in_build(const char *name, const LdTags *tags, const char **why) {
	const char *reason = NULL;
	if (name[0] == '_' || name[0] == '.')
		reason = "name starts with '_' or '.'";
	else if (!has_suffix(name, ".go"))
		reason = "not a .go file";
	else if (!good_os_arch(name, tags))
		reason = "file name's GOOS/GOARCH suffix does not match linux/amd64";
	else if (has_suffix(name, "_test.go") && !(tags && tags->tests))
		reason = "test file and tests were not asked for";
	if (reason && why)
		*why = fmt("%s: %s", name, reason);
	return reason == NULL;
}

/* ---- the comment header: //go:build and // +build ----------------------------------------- */

/* What go/build's parseFileHeader finds before the first non-comment text. */
typedef struct Header {
	size_t plus_end; /* `// +build` lines count only in src[0:plus_end]: up to the last blank
	                   * line before any non-// line, so a package doc comment is not read */
	Span go_build;   /* the //go:build line, trimmed; .s is NULL if there is none */
	const char *err; /* "multiple //go:build comments" */
} Header;

/* The next line of src from *pos (without its '\n'), trimmed; advances *pos past it. */
static Span next_line(const char *src, size_t len, size_t *pos) {
	const char *start = src + *pos, *nl = memchr(start, '\n', len - *pos);
	size_t n = nl ? (size_t)(nl - start) : len - *pos;
	*pos += nl ? n + 1 : n;
	return trim_space((Span){start, n});
}

/* `//go:build` followed by a space or nothing (`//go:buildx` is another directive). */
static bool is_go_build_line(Span l) {
	size_t n = strlen("//go:build");
	return has_prefix(l.s, l.len, "//go:build") && (l.len == n || is_space(l.s[n]));
}

/* Whether a trimmed line holds nothing but comments, updating *in_block across lines. */
static bool only_comments(Span l, bool *in_block) {
	while (l.len > 0) {
		if (*in_block) {
			const char *end = memmem(l.s, l.len, "*/", 2);
			if (!end)
				return true;
			*in_block = false;
			l = trim_space((Span){end + 2, l.s + l.len - (end + 2)});
		} else if (has_prefix(l.s, l.len, "//")) {
			return true;
		} else if (has_prefix(l.s, l.len, "/*")) {
			*in_block = true;
			l = trim_space((Span){l.s + 2, l.len - 2});
		} else {
			return false;
		}
	}
	return true;
}

static Header scan_header(const char *src, size_t len) {
	Header h = {0};
	bool ended = false, in_block = false;
	for (size_t pos = 0; pos < len;) {
		Span l = next_line(src, len, &pos);
		if (l.len == 0 && !ended) {
			h.plus_end = pos;
			continue;
		}
		ended |= !has_prefix(l.s, l.len, "//");
		if (!in_block && is_go_build_line(l)) {
			if (h.go_build.s) {
				h.err = "multiple //go:build comments";
				return h;
			}
			h.go_build = l;
		}
		if (!only_comments(l, &in_block))
			break;
	}
	return h;
}

/* A `// +build` line: `//`, optional spaces, `+build`, then a space or nothing. */
static bool plus_build_text(Span l, Span *text) {
	if (!has_prefix(l.s, l.len, "//"))
		return false;
	Span rest = trim_space((Span){l.s + 2, l.len - 2});
	if (!has_prefix(rest.s, rest.len, "+build"))
		return false;
	rest.s += 6, rest.len -= 6;
	if (rest.len > 0 && !is_space(rest.s[0]))
		return false;
	*text = trim_space(rest);
	return true;
}

/* All `// +build` lines in src[0:end] must hold. */
static bool plus_build_ok(const char *src, size_t end, const LdTags *tags) {
	bool ok = true;
	for (size_t pos = 0; pos < end;) {
		Span l = next_line(src, end, &pos), text;
		if (plus_build_text(l, &text))
			ok = ld_plusbuild_eval(fmt("%.*s", (int)text.len, text.s), tags) && ok;
	}
	return ok;
}

/* go/build's shouldBuild: a //go:build line decides alone; otherwise the +build lines do. */
static LdVerdict constraints_verdict(const char *name, const char *src, size_t len, const LdTags *tags,
				     const char **why) {
	Header h = scan_header(src, len);
	if (h.err) {
		*why = fmt("%s: %s", name, h.err);
		return LD_BAD;
	}
	if (h.go_build.s) {
		Span e = trim_space((Span){h.go_build.s + 10, h.go_build.len - 10});
		const char *err, *expr = fmt("%.*s", (int)e.len, e.s);
		bool ok = ld_constraint_eval(expr, tags, &err);
		*why = err ? fmt("%s: parsing //go:build line: %s", name, err)
			   : fmt("%s: //go:build %s is not satisfied", name, expr);
		return err ? LD_BAD : ok ? LD_IN : LD_OUT;
	}
	*why = fmt("%s: // +build lines are not satisfied", name);
	return plus_build_ok(src, h.plus_end, tags) ? LD_IN : LD_OUT;
}

/* ---- the package clause and imports --------------------------------------------------------- */

/* go/build's importReader, cut down: reads tokens of the header, skipping spaces, semicolons
 * and comments. Any unexpected byte sets `bad` and every later read fails. */
typedef struct Reader {
	const char *s;
	size_t len, i;
	bool bad;
} Reader;

static bool is_ident_char(unsigned char c) {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
	       c >= 0x80;
}

/* Skips a comment starting at s[i] ("//" or "/ *"); false if s[i] starts no comment. */
static bool skip_comment(Reader *r) {
	if (r->i + 1 >= r->len || r->s[r->i] != '/')
		return false;
	const char *p = r->s + r->i + 2, *end = r->s + r->len;
	if (r->s[r->i + 1] == '/') {
		const char *nl = memchr(p, '\n', end - p);
		r->i = nl ? (size_t)(nl - r->s) : r->len;
	} else if (r->s[r->i + 1] == '*') {
		const char *close = memmem(p, end - p, "*/", 2);
		r->bad |= !close;
		r->i = close ? (size_t)(close + 2 - r->s) : r->len;
	} else {
		return false;
	}
	return true;
}

/* The next significant byte (0 at the end or after an error), not consumed. */
static char peek(Reader *r) {
	while (!r->bad && r->i < r->len) {
		if (strchr(" \f\t\r\n;", r->s[r->i]))
			r->i++;
		else if (!skip_comment(r))
			return r->s[r->i];
	}
	return 0;
}

static Span read_ident(Reader *r) {
	Span id = {r->s + r->i, 0};
	if (!is_ident_char((unsigned char)peek(r))) {
		r->bad = true;
		return id;
	}
	id.s = r->s + r->i;
	while (r->i < r->len && is_ident_char((unsigned char)r->s[r->i]))
		r->i++;
	id.len = r->s + r->i - id.s;
	return id;
}

static bool read_keyword(Reader *r, const char *kw) {
	Span id = read_ident(r);
	r->bad |= !span_eq(id, kw);
	return !r->bad;
}

/* A "..." or `...` string: returns the text between the quotes, escapes left as written. */
static Span read_string(Reader *r) {
	char q = peek(r);
	Span str = {r->s + r->i + 1, 0};
	if (q != '"' && q != '`') {
		r->bad = true;
		return str;
	}
	size_t i = r->i + 1;
	for (; i < r->len && r->s[i] != q; i++) {
		if (q == '"' && r->s[i] == '\\')
			i++;
		else if (q == '"' && r->s[i] == '\n')
			break;
	}
	r->bad |= i >= r->len || r->s[i] != q;
	str.len = r->s + i - str.s;
	r->i = i + 1;
	return str;
}

/* ImportSpec = [ "." | PackageName ] ImportPath . Returns the path as written. */
static Span read_import_spec(Reader *r) {
	char c = peek(r);
	if (c == '.')
		r->i++;
	else if (is_ident_char((unsigned char)c))
		read_ident(r);
	return read_string(r);
}

/* Reads `package name`; NULL name on a syntax error. */
static Span read_package_clause(Reader *r) {
	Span none = {NULL, 0};
	if (!read_keyword(r, "package"))
		return none;
	Span name = read_ident(r);
	return r->bad ? none : name;
}

/* Reads the import declarations after the package clause, calling f with each path. A syntax
 * error just ends the scan: the parser will report it. */
static void scan_imports(Reader *r, void (*f)(Span path, void *ctx), void *ctx) {
	while (!r->bad && peek(r) == 'i' && read_keyword(r, "import")) {
		if (peek(r) != '(') {
			f(read_import_spec(r), ctx);
			continue;
		}
		r->i++;
		while (!r->bad && peek(r) != ')' && peek(r) != 0)
			f(read_import_spec(r), ctx);
		r->i++;
	}
}

static void note_c(Span path, void *ctx) { *(bool *)ctx |= span_eq(path, "C"); }

static bool imports_c(Reader *r) {
	bool c = false;
	scan_imports(r, note_c, &c);
	return c;
}

typedef VEC(const char *) PathVec;

static void note_path(Span path, void *ctx) {
	if (path.s && path.len)
		vec_push((PathVec *)ctx, intern(path.s, path.len));
}

int ld_header_imports(const char *src, size_t len, const char ***paths) {
	Reader r = {src, len, 0, false};
	PathVec v = {0};
	if (read_package_clause(&r).s)
		scan_imports(&r, note_path, &v);
	*paths = v.v;
	return v.len;
}

const char *ld_package_name(const char *src, size_t len) {
	Reader r = {src, len, 0, false};
	Span name = read_package_clause(&r);
	return name.s ? intern(name.s, name.len) : NULL;
}

/* ---- one file -------------------------------------------------------------------------------- */

bool ld_imports_c(const char *src, size_t len) {
	Reader r = {src, len, 0, false};
	return read_package_clause(&r).s && imports_c(&r);
}

/* Rules 5 and 6: what the package clause and the imports say. */
static LdVerdict header_verdict(const char *name, const char *src, size_t len, const char **why) {
	const char *pkg = ld_package_name(src, len);
	bool test = has_suffix(name, "_test.go");
	if (!pkg)
		*why = fmt("%s: expected 'package' clause", name);
	else if (strcmp(pkg, "documentation") == 0)
		*why = fmt("%s: package documentation is never built", name);
	else if (ld_imports_c(src, len))
		*why = test ? fmt("use of cgo in test %s not supported", name)
			    : fmt("%s: imports \"C\" and cgo is disabled", name);
	return !*why ? LD_IN : (!pkg || test) ? LD_BAD : LD_OUT;
}

/* Rules 1-4: the name and the constraints. */
static LdVerdict build_verdict(const char *name, const char *src, size_t len, const LdTags *tags,
			       const char **why) {
	if (!ld_name_in_build(name, tags, why))
		return LD_OUT;
	return constraints_verdict(name, src, len, tags, why);
}

LdVerdict ld_file_verdict(const char *name, const char *src, size_t len, const LdTags *tags,
			  const char **why) {
	const char *dummy;
	if (!why)
		why = &dummy;
	LdVerdict v = build_verdict(name, src, len, tags, why);
	if (v != LD_IN)
		return v;
	*why = NULL;
	return header_verdict(name, src, len, why);
}

bool ld_file_in_build(const char *name, const char *src, size_t len, const LdTags *tags, const char **why) {
	return ld_file_verdict(name, src, len, tags, why) == LD_IN;
}

/* ---- a directory ----------------------------------------------------------------------------- */

typedef VEC(const char *) Names;

static int cmp_names(const void *a, const void *b) {
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The directory's entries named *.go that are not directories (following symlinks, as go/build
 * skips a symlink to a directory), sorted byte-wise as os.ReadDir sorts. */
static bool list_go_names(const char *dir, Names *out) {
	DIR *d = opendir(dir);
	if (!d)
		return false;
	for (struct dirent *e; (e = readdir(d));) {
		struct stat st;
		if (!has_suffix(e->d_name, ".go"))
			continue;
		if (stat(fmt("%s/%s", dir, e->d_name), &st) == 0 && S_ISDIR(st.st_mode))
			continue;
		vec_push(out, intern_cstr(e->d_name));
	}
	closedir(d);
	if (out->len)
		qsort(out->v, out->len, sizeof *out->v, cmp_names);
	return true;
}

const char *ld_read_file(const char *path, size_t *len) {
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	Buf b = {0};
	char chunk[8192];
	for (size_t n; (n = fread(chunk, 1, sizeof chunk, f)) > 0;)
		buf_put(&b, chunk, n);
	fclose(f);
	*len = b.len;
	return buf_cstr(&b);
}

/* go/build's package-name rule: an external test file is a _test.go file whose package is
 * `P_test` while the directory's package (so far) is not `P_test`; the first file names the
 * package; a later file naming another is an error, though still listed. Returns the list the
 * file belongs to. A file without a package clause ("") names nothing. */
static void *check_package(LdDir *d, const char *name, const char *pkg, const char **first) {
	bool test = has_suffix(name, "_test.go");
	bool xtest = test && has_suffix(pkg, "_test") && (!d->pkg || strcmp(d->pkg, pkg) != 0);
	const char *base = xtest ? intern(pkg, strlen(pkg) - 5) : pkg;
	if (!d->pkg || !*d->pkg) {
		d->pkg = base;
		*first = name;
	} else if (strcmp(base, d->pkg) != 0) {
		vec_push(&d->errors,
			 fmt("found packages %s (%s) and %s (%s) in %s", d->pkg, *first, base, name, d->dir));
	}
	return xtest ? (void *)&d->xtest_files : test ? (void *)&d->test_files : (void *)&d->go_files;
}

/* A file its constraints accept, in go/build's order: the package clause (a syntax error is
 * reported but the file still listed), `documentation`, the package-name check, and only then
 * cgo, so that a cgo file left out still counts in the package-name check. */
static void add_file(LdDir *d, const char *name, const char *src, size_t len, const char **first) {
	const char *pkg = ld_package_name(src, len);
	if (!pkg)
		vec_push(&d->errors, fmt("%s/%s: expected 'package' clause", d->dir, name));
	if (pkg && strcmp(pkg, "documentation") == 0) {
		vec_push(&d->ignored, name);
		return;
	}
	typedef VEC(LdFile) Files;
	Files *list = check_package(d, name, pkg ? pkg : "", first);
	bool test = has_suffix(name, "_test.go");
	if (ld_imports_c(src, len) && test)
		vec_push(&d->errors, fmt("use of cgo in test %s/%s not supported", d->dir, name));
	if (ld_imports_c(src, len) && !test)
		vec_push(&d->ignored, name);
	else
		vec_push(list, ((LdFile){name, pkg ? pkg : ""}));
}

static void scan_file(LdDir *d, const char *name, const LdTags *tags, const char **first) {
	size_t len;
	const char *why, *src = ld_read_file(fmt("%s/%s", d->dir, name), &len);
	if (!src) {
		vec_push(&d->errors, fmt("read %s/%s: cannot open", d->dir, name));
		return;
	}
	LdVerdict v = build_verdict(name, src, len, tags, &why);
	if (v == LD_BAD)
		vec_push(&d->errors, why);
	else if (v == LD_OUT && name[0] != '_' && name[0] != '.')
		vec_push(&d->ignored, name);
	else if (v == LD_IN)
		add_file(d, name, src, len, first);
}

/* cmd/go's wording when a directory has nothing to build. */
static void check_some_files(LdDir *d, bool tests) {
	int ntests = d->test_files.len + d->xtest_files.len;
	if (d->errors.len || d->go_files.len || (tests && ntests))
		return;
	const char *msg = d->ignored.len ? "build constraints exclude all Go files in"
			  : ntests       ? "no non-test Go files in"
					 : "no Go files in";
	vec_push(&d->errors, fmt("%s %s", msg, d->dir));
}

LdDir *ld_scan_dir(const char *dir, const LdTags *tags) {
	LdDir *d = NEW(LdDir);
	Names names = {0};
	d->dir = intern_cstr(dir);
	if (!list_go_names(dir, &names))
		return NULL;
	/* Test files are always read, as go/build reads them. */
	LdTags all = tags ? *tags : (LdTags){0};
	all.tests = true;
	const char *first = NULL;
	for (int i = 0; i < names.len; i++)
		scan_file(d, names.v[i], &all, &first);
	check_some_files(d, tags && tags->tests);
	if (!(tags && tags->tests))
		d->test_files.len = d->xtest_files.len = 0;
	return d;
}
