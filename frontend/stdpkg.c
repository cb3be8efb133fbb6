/* stdpkg.c: the table of standard-library members gosub provides (see stdpkg.h).
 *
 * input: (import path, member name).  output: a Symbol carrying the member's Go type.
 * The signatures are Go 1.19's, with one simplification: the writer of fmt.Fprint* is an
 * *os.File rather than an io.Writer, since os.Stdout and os.Stderr are the only writers gosub
 * has (any other writer is rejected by the ordinary assignability check).
 * The symbols are built once, on first use, after the universe's types exist.
 */
#include "stdpkg.h"

#include <string.h>

#include "scope.h"
#include "types.h"

typedef struct Member {
	const char *pkg, *name;
	Symbol *sym;
} Member;

static VEC(Member) members;
static Type *os_file_ptr;   /* *os.File */

static const char *const packages[] = {"fmt", "errors", "os"};

bool stdpkg_has_package(const char *path) {
	for (size_t i = 0; i < sizeof packages / sizeof packages[0]; i++)
		if (strcmp(packages[i], path) == 0)
			return true;
	return false;
}

/* ---- building the table ---------------------------------------------------------------------- */

static Pos no_pos;

static void add(const char *pkg, const char *name, SymKind kind, Type *t) {
	Symbol *s = sym_new(kind, intern_cstr(name), no_pos);
	s->type = t;
	s->pkg = pkg;
	s->is_global = kind == SYM_VAR;
	s->used = true;
	Member m = {pkg, s->name, s};
	vec_push(&members, m);
}

/* func(params...) results, the last parameter `...T` when variadic (given as []T). */
static Type *sig(Type **params, int np, Type **results, int nr, bool variadic) {
	return type_func(params, np, results, nr, variadic);
}

/* type File struct { fd int }: opaque to Go code; the runtime's GoFile has the same layout. */
static Type *os_file(void) {
	Symbol *s = sym_new(SYM_TYPE, intern_cstr("File"), no_pos);
	s->pkg = "os";
	Type *t = type_named(s, "os.File");
	s->type = t;
	Field fd = {.name = intern_cstr("fd"), .type = ty_int};
	type_set_underlying(t, type_struct(&fd, 1));
	return t;
}

/* type Stringer interface { String() string } */
static Type *fmt_stringer(void) {
	Symbol *s = sym_new(SYM_TYPE, intern_cstr("Stringer"), no_pos);
	s->pkg = "fmt";
	Type *t = type_named(s, "fmt.Stringer");
	s->type = t;
	Type *str = ty_string;
	Method m = {.name = intern_cstr("String"), .sig = type_func(NULL, 0, &str, 1, false)};
	type_set_underlying(t, type_interface(&m, 1));
	return t;
}

static void add_fmt(void) {
	Type *anys = type_slice(ty_any);
	Type *nerr[] = {ty_int, ty_error};
	Type *str = ty_string, *err = ty_error;
	Type *p_a[] = {anys}, *p_fa[] = {ty_string, anys};
	Type *p_wa[] = {os_file_ptr, anys}, *p_wfa[] = {os_file_ptr, ty_string, anys};
	add("fmt", "Print", SYM_FUNC, sig(p_a, 1, nerr, 2, true));
	add("fmt", "Println", SYM_FUNC, sig(p_a, 1, nerr, 2, true));
	add("fmt", "Printf", SYM_FUNC, sig(p_fa, 2, nerr, 2, true));
	add("fmt", "Sprint", SYM_FUNC, sig(p_a, 1, &str, 1, true));
	add("fmt", "Sprintln", SYM_FUNC, sig(p_a, 1, &str, 1, true));
	add("fmt", "Sprintf", SYM_FUNC, sig(p_fa, 2, &str, 1, true));
	add("fmt", "Errorf", SYM_FUNC, sig(p_fa, 2, &err, 1, true));
	add("fmt", "Fprint", SYM_FUNC, sig(p_wa, 2, nerr, 2, true));
	add("fmt", "Fprintln", SYM_FUNC, sig(p_wa, 2, nerr, 2, true));
	add("fmt", "Fprintf", SYM_FUNC, sig(p_wfa, 3, nerr, 2, true));
	Type *stringer = fmt_stringer();
	add("fmt", "Stringer", SYM_TYPE, stringer);
}

static void add_errors(void) {
	Type *str = ty_string, *err = ty_error, *b = ty_bool;
	Type *p_ee[] = {ty_error, ty_error}, *p_ea[] = {ty_error, ty_any};
	add("errors", "New", SYM_FUNC, sig(&str, 1, &err, 1, false));
	add("errors", "Is", SYM_FUNC, sig(p_ee, 2, &b, 1, false));
	add("errors", "As", SYM_FUNC, sig(p_ea, 2, &b, 1, false));
	add("errors", "Unwrap", SYM_FUNC, sig(&err, 1, &err, 1, false));
}

static void add_os(Type *file) {
	Type *i = ty_int;
	add("os", "Exit", SYM_FUNC, sig(&i, 1, NULL, 0, false));
	add("os", "Args", SYM_VAR, type_slice(ty_string));
	add("os", "Stdout", SYM_VAR, os_file_ptr);
	add("os", "Stderr", SYM_VAR, os_file_ptr);
	add("os", "File", SYM_TYPE, file);
}

static void build_table(void) {
	scope_universe(); /* the predeclared types must exist */
	Type *file = os_file();
	os_file_ptr = type_pointer(file);
	add_fmt();
	add_errors();
	add_os(file);
}

/* ---- queries --------------------------------------------------------------------------------- */

Symbol *stdpkg_lookup(const char *path, const char *name) {
	if (!members.len)
		build_table();
	for (int i = 0; i < members.len; i++)
		if (strcmp(members.v[i].pkg, path) == 0 && strcmp(members.v[i].name, name) == 0)
			return members.v[i].sym;
	return NULL;
}
