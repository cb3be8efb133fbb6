/* scope.c: scopes and the universe scope (Go spec: Declarations and scope, Predeclared identifiers).
 *
 * Input: names and Symbols. Output: lookups along the chain of enclosing scopes.
 */
#include "scope.h"

#include <string.h>

Symbol *universe_iota;
static Scope *universe;

Scope *scope_new(Scope *parent, Func *fn) {
	Scope *s = NEW(Scope);
	s->parent = parent;
	s->fn = fn;
	return s;
}

/* A scope past this many names (a package scope of the standard library has hundreds) gets a
 * hash index, so that lookups stay constant-time as inputs grow. */
enum { SCOPE_LINEAR_MAX = 16 };

static size_t name_hash(const char *name) { return (size_t)hash_bytes(name, strlen(name)); }

static void index_put(Scope *s, Symbol *sym) {
	size_t i = name_hash(sym->name) & (s->index_cap - 1);
	while (s->index[i])
		i = (i + 1) & (s->index_cap - 1);
	s->index[i] = sym;
}

/* Keeps the index at most half full. */
static void index_grow(Scope *s) {
	if (s->syms.len < SCOPE_LINEAR_MAX || (size_t)s->syms.len * 2 < s->index_cap)
		return;
	s->index_cap = s->index_cap ? s->index_cap * 2 : 64;
	s->index = xalloc(sizeof(Symbol *) * s->index_cap);
	for (int i = 0; i < s->syms.len; i++)
		index_put(s, s->syms.v[i]);
}

Symbol *scope_lookup_local(Scope *s, const char *name) {
	if (s->index) {
		for (size_t i = name_hash(name) & (s->index_cap - 1); s->index[i];
		     i = (i + 1) & (s->index_cap - 1))
			if (strcmp(s->index[i]->name, name) == 0)
				return s->index[i];
		return NULL;
	}
	for (int i = s->syms.len - 1; i >= 0; i--)
		if (strcmp(s->syms.v[i]->name, name) == 0)
			return s->syms.v[i];
	return NULL;
}

Symbol *scope_lookup(Scope *s, const char *name) {
	for (; s; s = s->parent) {
		Symbol *sym = scope_lookup_local(s, name);
		if (sym)
			return sym;
	}
	return NULL;
}

/* The blank identifier `_` is never declared: any number of them may appear in one scope. */
Symbol *scope_insert(Scope *s, Symbol *sym) {
	if (strcmp(sym->name, "_") == 0)
		return NULL;
	Symbol *old = scope_lookup_local(s, sym->name);
	if (old)
		return old;
	vec_push(&s->syms, sym);
	if (s->index && (size_t)s->syms.len * 2 < s->index_cap)
		index_put(s, sym);
	else
		index_grow(s);
	return NULL;
}

Symbol *sym_new(SymKind kind, const char *name, Pos pos) {
	Symbol *sym = NEW(Symbol);
	sym->kind = kind;
	sym->name = intern_cstr(name);
	sym->pos = pos;
	return sym;
}

/* ---- the universe ------------------------------------------------------------------------- */

static void def_type(const char *name, Type *t) {
	Symbol *sym = sym_new(SYM_TYPE, name, (Pos){0});
	sym->type = t;
	scope_insert(universe, sym);
}

static void def_const(const char *name, Type *t, ConstVal *v) {
	Symbol *sym = sym_new(SYM_CONST, name, (Pos){0});
	sym->type = t;
	sym->cval = v;
	scope_insert(universe, sym);
}

static void def_builtin(const char *name, Builtin b) {
	Symbol *sym = sym_new(SYM_BUILTIN, name, (Pos){0});
	sym->builtin = b;
	scope_insert(universe, sym);
}

static void universe_types(void) {
	def_type("bool", ty_bool);
	def_type("int", ty_int), def_type("int8", ty_int8), def_type("int16", ty_int16);
	def_type("int32", ty_int32), def_type("int64", ty_int64);
	def_type("uint", ty_uint), def_type("uint8", ty_uint8), def_type("uint16", ty_uint16);
	def_type("uint32", ty_uint32), def_type("uint64", ty_uint64), def_type("uintptr", ty_uintptr);
	def_type("float32", ty_float32), def_type("float64", ty_float64);
	def_type("complex64", ty_complex64), def_type("complex128", ty_complex128);
	def_type("string", ty_string);
	def_type("byte", ty_uint8); /* aliases: the same Type */
	def_type("rune", ty_int32);
	def_type("error", ty_error);
	def_type("any", ty_any);
	def_type("comparable", ty_comparable);
}

static void universe_builtins(void) {
	static const struct {
		const char *name;
		Builtin b;
	} tab[] = {
	    {"append", BI_APPEND},   {"cap", BI_CAP},       {"close", BI_CLOSE},     {"complex", BI_COMPLEX},
	    {"copy", BI_COPY},       {"delete", BI_DELETE}, {"imag", BI_IMAG},       {"len", BI_LEN},
	    {"make", BI_MAKE},       {"new", BI_NEW},       {"panic", BI_PANIC},     {"print", BI_PRINT},
	    {"println", BI_PRINTLN}, {"real", BI_REAL},     {"recover", BI_RECOVER},
	};
	for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
		def_builtin(tab[i].name, tab[i].b);
}

Scope *scope_universe(void) {
	if (universe)
		return universe;
	types_init();
	universe = scope_new(NULL, NULL);
	universe_types();
	def_const("true", ty_untyped_bool, cv_bool(true));
	def_const("false", ty_untyped_bool, cv_bool(false));
	def_const("iota", ty_untyped_int, cv_int64(0));
	universe_iota = scope_lookup_local(universe, "iota");
	Symbol *nil = sym_new(SYM_NIL, "nil", (Pos){0});
	nil->type = ty_untyped_nil;
	scope_insert(universe, nil);
	universe_builtins();
	return universe;
}
