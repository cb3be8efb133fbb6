/* load.c: the package graph of a build (see load.h).
 *
 * A depth-first walk from the main package: each package is parsed, its import paths are
 * resolved to directories and loaded in turn (sorted by path, as gc 1.19 lists a package's
 * imports), and a package joins Program.pkgs once everything it imports has, which is the
 * order the spec's Package initialization asks for. A package met again while it is still
 * being loaded closes an import cycle.
 *
 * A build names few packages (the closure of fmt-free std packages a program uses is a few
 * dozen), so the loaded packages are a list; a lookup by path walks it.
 */
#include "load.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../frontend/parse.h"
#include "../frontend/stdpkg.h"
#include "buildtags.h"
#include "gomod.h"

typedef enum { LOADING = 1, LOADED } LoadState;

typedef struct Loaded {
	Package *pkg;
	LoadState state;
} Loaded;

typedef struct Loader {
	Program *prog;
	VEC(Loaded) all;      /* every package met, by import path */
	const char *mod_root; /* the main module: its directory and path (NULL: no go.mod) */
	const char *mod_path;
	VEC(const char *) stack; /* the import paths being loaded, for the cycle message */
	const LoadRequest *req;
} Loader;

static Loaded *find(Loader *L, const char *path) {
	for (int i = 0; i < L->all.len; i++)
		if (strcmp(L->all.v[i].pkg->path, path) == 0)
			return &L->all.v[i];
	return NULL;
}

/* ---- where the sources are -------------------------------------------------------------------- */

const char *ld_stdlib_dir(void) {
	const char *dir = getenv("GOSUB_STDLIB");
	if (dir && *dir)
		return dir;
#ifdef GOSUB_SOURCE_STDLIB
	return GOSUB_SOURCE_STDLIB;
#else
	return "stdlib";
#endif
}

static bool is_dir(const char *path) {
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* gc's objabi.PathToPrefix: the symbol prefix of an import path. Dots in the last element,
 * and bytes that would confuse a symbol table, are %-escaped. */
static const char *link_prefix(const char *path) {
	const char *last = strrchr(path, '/');
	last = last ? last + 1 : path;
	Buf b = {0};
	for (const char *p = path; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c <= ' ' || c == '%' || c == '"' || c >= 0x7f || (c == '.' && p >= last))
			buf_printf(&b, "%%%02x", c);
		else
			buf_putc(&b, (char)c);
	}
	return buf_cstr(&b);
}

/* ---- reading one package ---------------------------------------------------------------------- */

static const LdTags build_tags = {0};

static bool has_name(LdDir *d, const char *name) {
	for (int i = 0; i < d->go_files.len; i++)
		if (strcmp(d->go_files.v[i].name, name) == 0)
			return true;
	for (int i = 0; i < d->ignored.len; i++)
		if (strcmp(d->ignored.v[i], name) == 0)
			return true;
	return false;
}

typedef VEC(SrcFile *) SrcFileVec;

static void add_file(SrcFileVec *out, const char *dir, const char *name) {
	SrcFile *f = src_read(fmt("%s/%s", dir, name));
	if (f)
		vec_push(out, f);
}

/* Which files of a directory: `go build`'s, the package under test's (with its in-package
 * _test files), or the external test package's (foo_test). */
typedef enum { LD_PART_PACKAGE, LD_PART_TESTED, LD_PART_XTEST } LdPart;

/* The package's files in the build, read: those of `dir` (chosen by build constraints), where a
 * file of the same name in `overlay` replaces one (or removes it, when the overlay's file is
 * not in the build: `//go:build ignore`) and other overlay files are added. NULL after the
 * go command's message (`no Go files in DIR`, `found packages a (a.go) and b (b.go) in DIR`). */
static SrcFile **read_dir_part(const char *dir, const char *overlay, LdPart part, int *n, Pos at) {
	static const LdTags test_tags = {.tests = true};
	LdDir *d = ld_scan_dir(dir, part == LD_PART_PACKAGE ? &build_tags : &test_tags);
	LdDir *o = overlay && is_dir(overlay) ? ld_scan_dir(overlay, &build_tags) : NULL;
	SrcFileVec files = {0};
	for (int i = 0; d && part != LD_PART_XTEST && i < d->go_files.len; i++)
		if (!o || !has_name(o, d->go_files.v[i].name))
			add_file(&files, dir, d->go_files.v[i].name);
	for (int i = 0; d && part == LD_PART_TESTED && i < d->test_files.len; i++)
		add_file(&files, dir, d->test_files.v[i].name);
	for (int i = 0; d && part == LD_PART_XTEST && i < d->xtest_files.len; i++)
		add_file(&files, dir, d->xtest_files.v[i].name);
	if (part == LD_PART_XTEST)
		o = NULL;
	for (int i = 0; o && i < o->go_files.len; i++)
		add_file(&files, overlay, o->go_files.v[i].name);
	*n = files.len;
	if (d && d->errors.len && !(o && files.len))
		diag_error(at, "%s", d->errors.v[0]);
	else if (!d || files.len == 0)
		diag_error(at, "no Go files in %s", dir);
	return files.len ? files.v : NULL;
}

static SrcFile **read_dir(const char *dir, const char *overlay, int *n, Pos at) {
	return read_dir_part(dir, overlay, LD_PART_PACKAGE, n, at);
}

/* Files as the parser would give them, but for their imports only (LoadRequest.headers_only). */
static Package *header_package(SrcFile **files, int n) {
	Package *pkg = NEW(Package);
	for (int i = 0; i < n; i++) {
		Node *f = ast_new(ND_FILE, (Pos){.file = files[i], .line = 1, .col = 1});
		f->file.src = files[i];
		f->file.package = ld_package_name(files[i]->text, files[i]->len);
		const char **paths;
		int k = ld_header_imports(files[i]->text, files[i]->len, &paths);
		for (int j = 0; j < k; j++) {
			Node *spec = ast_new(ND_IMPORTSPEC, (Pos){.file = files[i], .line = 1, .col = 1});
			spec->importspec.path = paths[j];
			vec_push(&f->file.imports, spec);
		}
		vec_push(&pkg->files, f);
	}
	pkg->name = n ? pkg->files.v[0]->file.package : NULL;
	return pkg;
}

/* The package of these files: parsed, or its headers only. */
static Package *read_package(Loader *L, SrcFile **files, int n) {
	return L->req->headers_only ? header_package(files, n) : parse_files(files, n);
}

static Package *new_package(Loader *L, const char *path, Package *pkg) {
	pkg->path = path;
	pkg->link = strcmp(path, "main") == 0 ? "main" : link_prefix(path);
	vec_push(&L->all, ((Loaded){pkg, LOADING}));
	return pkg;
}

/* ---- resolving an import path ----------------------------------------------------------------- */

/* The directory of a standard-library package and its overlay; false when GOROOT lacks it. */
static bool std_dirs(const char *path, const char **dir, const char **overlay, bool *replaced) {
	const char *own = fmt("%s/replace/%s", ld_stdlib_dir(), path);
	*replaced = is_dir(own);
	*dir = *replaced ? own : fmt("%s/%s", ld_std_root(), path);
	*overlay = *replaced ? NULL : fmt("%s/overlay/%s", ld_stdlib_dir(), path);
	return is_dir(*dir);
}

static Package *load_package(Loader *L, const char *path, Pos at);

/* The directory an import path names, or NULL after the go command's message. */
static const char *resolve(Loader *L, const char *path, Pos at, const char **overlay, bool *std) {
	*overlay = NULL;
	*std = false;
	const char *dir = L->mod_root ? ld_module_dir(L->mod_root, L->mod_path, path) : NULL;
	if (dir)
		return dir;
	if (!ld_is_std_path(path)) {
		diag_error(at,
			   "no required module provides package %s (gosub builds the main module and "
			   "the standard library, and downloads nothing)",
			   path);
		return NULL;
	}
	bool replaced;
	*std = true;
	if (std_dirs(path, &dir, overlay, &replaced))
		return dir;
	diag_error(at, "package %s is not in GOROOT (%s/%s)", path, ld_std_root(), path);
	return NULL;
}

/* The import cycle through `path`, as the go command prints it: the chain of imports from the
 * main package, without a position. */
static void report_cycle(Loader *L, const char *path) {
	Buf b = {0};
	buf_printf(&b, "package %s", L->stack.v[0]);
	for (int i = 1; i < L->stack.len; i++)
		buf_printf(&b, "\n\timports %s", L->stack.v[i]);
	buf_printf(&b, "\n\timports %s: import cycle not allowed", path);
	diag_error((Pos){0}, "%s", buf_cstr(&b));
}

/* ---- imports ------------------------------------------------------------------------------------ */

typedef struct Import {
	const char *path;
	Pos pos;
} Import;
typedef VEC(Import) ImportVec;

static void add_import(ImportVec *v, Node *spec) {
	for (int i = 0; i < v->len; i++)
		if (strcmp(v->v[i].path, spec->importspec.path) == 0)
			return;
	vec_push(v, ((Import){spec->importspec.path, spec->pos}));
}

static int import_cmp(const void *a, const void *b) {
	return strcmp(((const Import *)a)->path, ((const Import *)b)->path);
}

/* The package's distinct import paths, sorted, each at its first import declaration. */
static ImportVec imports_of(Package *pkg) {
	ImportVec v = {0};
	for (int f = 0; f < pkg->files.len; f++) {
		NodeVec *imps = &pkg->files.v[f]->file.imports;
		for (int i = 0; i < imps->len; i++) {
			Node *d = imps->v[i];
			if (d->kind == ND_IMPORTSPEC)
				add_import(&v, d);
			for (int j = 0; d->kind == ND_GENDECL && j < d->gendecl.specs.len; j++)
				add_import(&v, d->gendecl.specs.v[j]);
		}
	}
	if (v.len > 1)
		qsort(v.v, (size_t)v.len, sizeof(Import), import_cmp);
	return v;
}

/* Loads what pkg imports, then appends pkg to the program's order. */
static void load_imports(Loader *L, Package *pkg, const char *shown_path) {
	vec_push(&L->stack, shown_path);
	ImportVec imps = imports_of(pkg);
	for (int i = 0; i < imps.len; i++) {
		const char *path = imps.v[i].path;
		if (strcmp(path, "unsafe") == 0 || stdpkg_has_package(path))
			continue;
		Package *imp = load_package(L, path, imps.v[i].pos);
		if (imp)
			vec_push(&pkg->imports, imp);
	}
	L->stack.len--;
	find(L, pkg->path)->state = LOADED;
	vec_push(&L->prog->pkgs, pkg);
}

/* ---- the package under test (gosubc test of a directory) --------------------------------------- */

/* Which part of the test directory an import path names, or LD_PART_PACKAGE for none. */
static LdPart test_part(Loader *L, const char *path) {
	const char *tp = L->req->test_path;
	size_t n = tp ? strlen(tp) : 0;
	if (!tp || strncmp(path, tp, n) != 0)
		return LD_PART_PACKAGE;
	return !path[n] ? LD_PART_TESTED : strcmp(path + n, "_test") == 0 ? LD_PART_XTEST : LD_PART_PACKAGE;
}

/* A package of files read from dir: parsed, then what it imports loaded. std: a standard
 * library package, which may declare functions without a body. */
static Package *parsed_package(Loader *L, const char *path, const char *dir, SrcFile **files, int n,
			       bool std) {
	Package *pkg = new_package(L, path, read_package(L, files, n));
	pkg->dir = dir;
	pkg->externs_ok = std;
	load_imports(L, pkg, path);
	return pkg;
}

/* The package under test, or its external test package, from the test directory; a standard
 * package keeps its overlay and its license to declare bodiless functions. */
static Package *load_test_part(Loader *L, const char *path, LdPart part, Pos at) {
	const char *dir = L->req->test_dir, *overlay = NULL, *std_dir;
	bool replaced, std = ld_is_std_path(L->req->test_path);
	if (std)
		std_dirs(L->req->test_path, &std_dir, &overlay, &replaced);
	int n;
	SrcFile **files = read_dir_part(dir, overlay, part, &n, at);
	return files ? parsed_package(L, path, dir, files, n, std) : NULL;
}

static Package *load_package(Loader *L, const char *path, Pos at) {
	Loaded *seen = find(L, path);
	if (seen && seen->state == LOADING) {
		report_cycle(L, path);
		return NULL;
	}
	if (seen)
		return seen->pkg;
	if (test_part(L, path) != LD_PART_PACKAGE)
		return load_test_part(L, path, test_part(L, path), at);
	const char *overlay;
	bool std;
	const char *dir = resolve(L, path, at, &overlay, &std);
	if (!dir)
		return NULL;
	int n;
	SrcFile **files = read_dir(dir, overlay, &n, at);
	return files ? parsed_package(L, path, dir, files, n, std) : NULL;
}

/* ---- the main package -------------------------------------------------------------------------- */

static bool is_go_file(const char *arg) {
	size_t n = strlen(arg);
	return n > 3 && strcmp(arg + n - 3, ".go") == 0;
}

static const char *dir_of(const char *file) {
	const char *slash = strrchr(file, '/');
	return slash ? fmt("%.*s", (int)(slash - file), file) : ".";
}

/* The package the command line names: its files, and the directory the module is found from. */
static Package *cmdline_package(Loader *L, const LoadRequest *req, const char **dir) {
	if (req->nargs > 0 && is_go_file(req->args[0])) {
		*dir = dir_of(req->args[0]);
		SrcFile **files = xalloc(sizeof(SrcFile *) * (size_t)req->nargs);
		bool ok = true;
		for (int i = 0; i < req->nargs; i++)
			ok &= (files[i] = src_read(req->args[i])) != NULL;
		return ok ? read_package(L, files, req->nargs) : NULL;
	}
	*dir = req->nargs > 0 ? req->args[0] : ".";
	int n;
	SrcFile **files = read_dir(*dir, NULL, &n, (Pos){0});
	return files ? read_package(L, files, n) : NULL;
}

/* The main package's import path as the go command shows it: a directory's path in the module,
 * else command-line-arguments (files named on the command line, or no go.mod). */
static const char *shown_path(Loader *L, const LoadRequest *req, const char *dir) {
	char real[PATH_MAX];
	if (!L->mod_root || (req->nargs > 0 && is_go_file(req->args[0])) || !realpath(dir, real))
		return "command-line-arguments";
	size_t n = strlen(L->mod_root);
	if (strncmp(real, L->mod_root, n) != 0)
		return "command-line-arguments";
	return fmt("%s%s", L->mod_path, real + n);
}

Program *ld_load(const LoadRequest *req) {
	Loader L = {.prog = NEW(Program), .req = req};
	const char *dir;
	Package *main = cmdline_package(&L, req, &dir);
	if (!main || diag_errors())
		return NULL;
	main->externs_ok = req->externs_ok;
	const char *err;
	LdModule *mod = ld_load_module(req->test_dir ? req->test_dir : dir, &err);
	if (!mod && err) {
		diag_error((Pos){0}, "%s", err);
		return NULL;
	}
	L.mod_root = mod ? mod->root : NULL;
	L.mod_path = mod ? mod->path : NULL;
	main = new_package(&L, "main", main);
	main->report = true;
	main->dir = dir;
	load_imports(&L, main, shown_path(&L, req, dir));
	L.prog->main = main;
	return diag_errors() ? NULL : L.prog;
}
