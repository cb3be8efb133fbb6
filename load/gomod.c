/* gomod.c: the nearest go.mod, its `module` and `go` directives, and the directory an import
 * path maps to (see gomod.h).
 *
 * input:  a directory; a go.mod's text; an import path.
 * output: LdModule { root, gomod, path, go_version }; a directory or NULL.
 *
 * go.mod is read line by line, as golang.org/x/mod/modfile reads it: a line is a verb and its
 * arguments; `verb (` opens a block closed by a `)` line. Tokens are "quoted" or `raw` strings,
 * the punctuation ( ) [ ] { } , and runs of any other non-space bytes; `//` starts a comment.
 */
#include "gomod.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buildtags.h" /* ld_read_file */
#include "util.h"

/* ---- paths ------------------------------------------------------------------------------- */

/* Appends one path element to the clean absolute path in b, handling `.` and `..`. */
static void push_elem(Buf *b, const char *s, size_t n) {
	if (n == 0 || (n == 1 && s[0] == '.'))
		return;
	if (n == 2 && s[0] == '.' && s[1] == '.') {
		while (b->len > 0 && b->data[b->len - 1] != '/')
			b->len--;
		if (b->len > 0)
			b->len--; /* the '/' before the dropped element */
		return;
	}
	buf_putc(b, '/');
	buf_put(b, s, n);
}

const char *ld_abs_path(const char *dir) {
	char cwd[4096];
	const char *full = dir;
	if (dir[0] != '/')
		full = fmt("%s/%s", getcwd(cwd, sizeof cwd) ? cwd : "", dir);
	Buf b = {0};
	for (const char *s = full; *s;) {
		size_t n = strcspn(s, "/");
		push_elem(&b, s, n);
		s += n + (s[n] == '/');
	}
	return b.len ? buf_cstr(&b) : "/";
}

static bool is_file(const char *path) {
	struct stat st;
	return stat(path, &st) == 0 && !S_ISDIR(st.st_mode);
}

/* The parent of a clean absolute path other than "/". */
static const char *parent_dir(const char *dir) {
	const char *slash = strrchr(dir, '/');
	return slash == dir ? "/" : fmt("%.*s", (int)(slash - dir), dir);
}

const char *ld_find_module_root(const char *dir) {
	for (const char *d = ld_abs_path(dir);; d = parent_dir(d)) {
		if (is_file(fmt("%s/go.mod", strcmp(d, "/") == 0 ? "" : d)))
			return d;
		if (strcmp(d, "/") == 0)
			return NULL;
	}
}

/* ---- go.mod lines -------------------------------------------------------------------------- */

#define MAX_TOKENS 8

/* One line's tokens; n counts them all, but only the first MAX_TOKENS are kept. */
typedef struct ModLine {
	const char *tok[MAX_TOKENS];
	int n;
	int lineno;
	const char *err; /* a lexical error on this line */
} ModLine;

static bool is_punct(char c) { return c && strchr("()[]{},", c) != NULL; }
static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* Length of the token at s: a quoted string (with its quotes), a punctuation byte, or a run
 * of other bytes up to a space, punctuation or `//`. 0 after setting *err for a bad string. */
static size_t token_len(const char *s, size_t n, const char **err) {
	if (is_punct(s[0]))
		return 1;
	if (s[0] == '"' || s[0] == '`') {
		size_t i = 1;
		for (; i < n && s[i] != s[0]; i++)
			if (s[0] == '"' && s[i] == '\\')
				i++;
		if (i >= n)
			*err = "unexpected newline in string";
		return i >= n ? 0 : i + 1;
	}
	size_t i = 0;
	while (i < n && !is_blank(s[i]) && !is_punct(s[i]) && !(s[i] == '/' && i + 1 < n && s[i + 1] == '/'))
		i++;
	return i;
}

/* Splits one line (without its '\n') into tokens, dropping a `//` comment. */
static void split_line(const char *s, size_t n, ModLine *l) {
	for (size_t i = 0; i < n && !l->err;) {
		if (is_blank(s[i])) {
			i++;
			continue;
		}
		if (s[i] == '/' && i + 1 < n && s[i + 1] == '/')
			return;
		size_t len = token_len(s + i, n - i, &l->err);
		if (len == 0)
			return;
		if (l->n < MAX_TOKENS)
			l->tok[l->n] = fmt("%.*s", (int)len, s + i);
		l->n++;
		i += len;
	}
}

/* ---- directives ---------------------------------------------------------------------------- */

typedef struct ModParser {
	const char *gomod;
	LdModule *mod;
	const char *block; /* the verb of the open `verb (` block, or NULL */
	const char *err;   /* the first error */
} ModParser;

static void mod_error(ModParser *p, const ModLine *l, const char *msg) {
	if (!p->err)
		p->err = fmt("%s:%d: %s", p->gomod, l->lineno, msg);
}

/* A module path argument: "quoted" (only the escapes \" and \\, all a path needs), `raw`,
 * or bare (which may then hold no quote at all). NULL if malformed. */
static const char *unquote(const char *t) {
	size_t n = strlen(t);
	if (t[0] == '`')
		return fmt("%.*s", (int)(n - 2), t + 1);
	if (t[0] != '"')
		return strpbrk(t, "\"'`") ? NULL : t;
	Buf b = {0};
	for (size_t i = 1; i < n - 1; i++) {
		if (t[i] == '\\' && !strchr("\"\\", t[++i]))
			return NULL;
		buf_putc(&b, t[i]);
	}
	return buf_cstr(&b);
}

/* modfile.GoVersionRE: ^([1-9][0-9]*)\.(0|[1-9][0-9]*)$ */
static bool valid_go_version(const char *v) {
	if (*v < '1' || *v > '9')
		return false;
	while (*v >= '0' && *v <= '9')
		v++;
	if (*v++ != '.' || *v < '0' || *v > '9')
		return false;
	if (*v == '0')
		return v[1] == 0;
	while (*v >= '0' && *v <= '9')
		v++;
	return *v == 0;
}

/* module = "module" path . */
static void module_directive(ModParser *p, const ModLine *l) {
	const char *path = l->n == 2 ? unquote(l->tok[1]) : NULL;
	if (p->mod->path)
		mod_error(p, l, "repeated module statement");
	else if (l->n != 2 || is_punct(l->tok[1][0]))
		mod_error(p, l, "usage: module module/path");
	else if (!path)
		mod_error(p, l, fmt("invalid quoted string: %s", l->tok[1]));
	else
		p->mod->path = path;
}

/* go = "go" version . */
static void go_directive(ModParser *p, const ModLine *l) {
	if (p->mod->go_version)
		mod_error(p, l, "repeated go statement");
	else if (l->n != 2)
		mod_error(p, l, "usage: go 1.23");
	else if (!valid_go_version(l->tok[1]))
		mod_error(p, l, fmt("invalid go version '%s': must match format 1.23", l->tok[1]));
	else
		p->mod->go_version = l->tok[1];
}

/* One line: inside a block only `)` matters; outside, `verb (` opens a block (not allowed for
 * module and go), and the module and go directives are recorded. */
static void mod_line(ModParser *p, const ModLine *l) {
	if (l->err) {
		mod_error(p, l, l->err);
		return;
	}
	if (l->n == 0)
		return;
	bool is_module = strcmp(l->tok[0], "module") == 0, is_go = strcmp(l->tok[0], "go") == 0;
	if (p->block) {
		if (strcmp(l->tok[0], ")") == 0)
			p->block = NULL;
	} else if (l->n == 2 && strcmp(l->tok[1], "(") == 0) {
		if (is_module || is_go)
			mod_error(p, l, is_go ? "usage: go 1.23" : "usage: module module/path");
		p->block = l->tok[0];
	} else if (is_module) {
		module_directive(p, l);
	} else if (is_go) {
		go_directive(p, l);
	}
}

LdModule *ld_parse_gomod(const char *gomod, const char *text, size_t len, const char **err) {
	ModParser p = {.gomod = gomod, .mod = NEW(LdModule)};
	int lineno = 0;
	for (size_t pos = 0; pos < len && !p.err;) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - text - pos) : len - pos;
		ModLine l = {.lineno = ++lineno};
		split_line(text + pos, n, &l);
		mod_line(&p, &l);
		pos += n + 1;
	}
	if (!p.err && !p.mod->path)
		p.err = fmt("%s: no module declaration", gomod);
	*err = p.err;
	return p.err ? NULL : p.mod;
}

/* ---- loading --------------------------------------------------------------------------------- */

LdModule *ld_load_module(const char *dir, const char **err) {
	*err = NULL;
	const char *root = ld_find_module_root(dir);
	if (!root)
		return NULL;
	const char *gomod = fmt("%s/go.mod", strcmp(root, "/") == 0 ? "" : root);
	size_t len;
	const char *text = ld_read_file(gomod, &len);
	if (!text) {
		*err = fmt("%s: cannot read", gomod);
		return NULL;
	}
	LdModule *m = ld_parse_gomod(gomod, text, len, err);
	if (m) {
		m->root = root;
		m->gomod = gomod;
	}
	return m;
}

/* ---- import paths ----------------------------------------------------------------------------- */

const char *ld_module_dir(const char *root, const char *modpath, const char *import_path) {
	size_t n = strlen(modpath);
	if (strncmp(import_path, modpath, n) != 0)
		return NULL;
	if (import_path[n] == 0)
		return fmt("%s", root);
	if (import_path[n] != '/')
		return NULL;
	/* root "/" would give "//x" */
	return fmt("%s%s", strcmp(root, "/") == 0 ? "" : root, import_path + n);
}

const char *ld_std_root(void) {
	const char *goroot = getenv("GOROOT");
	if (goroot && *goroot)
		return fmt("%s/src", goroot);
	return "/usr/lib/go-1.19/src";
}

bool ld_is_std_path(const char *import_path) {
	size_t first = strcspn(import_path, "/");
	return memchr(import_path, '.', first) == NULL;
}

const char *ld_std_dir(const char *import_path) { return fmt("%s/%s", ld_std_root(), import_path); }
