/* types.c: Go's types: the predeclared singletons, interning constructors, gc's amd64 layout,
 * the predicates the checker asks, and the two ways types are printed.
 *
 * Input: components from the checker (element types, fields, signatures).
 * Output: canonical Type pointers. Every composite type goes through intern(), which hashes the
 * type's components and returns an existing identical type if there is one, so that Go's type
 * identity (Go spec: Type identity) is pointer equality everywhere else in the compiler.
 * Defined types (TY_NAMED) are never interned: each `type T ...` declaration is a new type.
 *
 * Layout is computed lazily: a struct or array may be built while one of its components is a
 * defined type whose declaration is not checked yet, so size is -1 until type_size() can finish it.
 *
 * Relations between types (assignability, method lookup, interface satisfaction) live in
 * types_rel.c.
 */
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "types.h"

Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64;
Type *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr;
Type *ty_float32, *ty_float64, *ty_complex64, *ty_complex128, *ty_string;
Type *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float, *ty_untyped_complex;
Type *ty_untyped_string, *ty_untyped_nil;
Type *ty_error, *ty_any, *ty_unsafe_pointer, *ty_comparable;

/* ---- the predeclared types ---------------------------------------------------------------- */

static Type *new_type(TypeKind kind) {
	Type *t = NEW(Type);
	t->kind = kind;
	t->size = -1;
	t->align = -1;
	return t;
}

static Type *basic(TypeKind kind, const char *name, int64_t size, int64_t align) {
	Type *t = new_type(kind);
	t->name = name;
	t->size = size;
	t->align = align;
	return t;
}

/* Go spec: Predeclared identifiers. byte and rune are aliases: the checker binds them to
 * ty_uint8 and ty_int32. Sizes are gc's on amd64. */
void types_init(void) {
	if (ty_bool)
		return;
	ty_bool = basic(TY_BOOL, "bool", 1, 1);
	ty_int = basic(TY_INT, "int", 8, 8);
	ty_int8 = basic(TY_INT8, "int8", 1, 1);
	ty_int16 = basic(TY_INT16, "int16", 2, 2);
	ty_int32 = basic(TY_INT32, "int32", 4, 4);
	ty_int64 = basic(TY_INT64, "int64", 8, 8);
	ty_uint = basic(TY_UINT, "uint", 8, 8);
	ty_uint8 = basic(TY_UINT8, "uint8", 1, 1);
	ty_uint16 = basic(TY_UINT16, "uint16", 2, 2);
	ty_uint32 = basic(TY_UINT32, "uint32", 4, 4);
	ty_uint64 = basic(TY_UINT64, "uint64", 8, 8);
	ty_uintptr = basic(TY_UINTPTR, "uintptr", 8, 8);
	ty_float32 = basic(TY_FLOAT32, "float32", 4, 4);
	ty_float64 = basic(TY_FLOAT64, "float64", 8, 8);
	ty_complex64 = basic(TY_COMPLEX64, "complex64", 8, 4);
	ty_complex128 = basic(TY_COMPLEX128, "complex128", 16, 8);
	ty_string = basic(TY_STRING, "string", 16, 8);
	ty_unsafe_pointer = basic(TY_UNSAFE_POINTER, "unsafe.Pointer", 8, 8);
	/* untyped kinds take their default type's layout, should anyone ask */
	ty_untyped_bool = basic(TY_UNTYPED_BOOL, "untyped bool", 1, 1);
	ty_untyped_int = basic(TY_UNTYPED_INT, "untyped int", 8, 8);
	ty_untyped_rune = basic(TY_UNTYPED_RUNE, "untyped rune", 4, 4);
	ty_untyped_float = basic(TY_UNTYPED_FLOAT, "untyped float", 8, 8);
	ty_untyped_complex = basic(TY_UNTYPED_COMPLEX, "untyped complex", 16, 8);
	ty_untyped_string = basic(TY_UNTYPED_STRING, "untyped string", 16, 8);
	ty_untyped_nil = basic(TY_UNTYPED_NIL, "untyped nil", 8, 8);

	ty_any = type_interface(NULL, 0);
	/* type error interface { Error() string } */
	Type *str = ty_string;
	Method error_m = {.name = intern_cstr("Error"), .sig = type_func(NULL, 0, &str, 1, false)};
	ty_error = type_named(NULL, "error");
	type_set_underlying(ty_error, type_interface(&error_m, 1));
	ty_comparable = type_named(NULL, "comparable");
	type_set_underlying(ty_comparable, type_constraint(NULL, 0, NULL, 0, true));
}

/* ---- interning ------------------------------------------------------------------------------
 * One open hash table for all composite types. The hash mixes the kind and the identity of every
 * component (component types are already canonical, so their pointers identify them). */

static Type **table;
static size_t table_cap, table_len;

static uint64_t mix(uint64_t h, uint64_t v) {
	h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
	return h;
}

static uint64_t mix_str(uint64_t h, const char *s) {
	if (!s)
		return mix(h, 1);
	for (; *s; s++)
		h = mix(h, (unsigned char)*s);
	return mix(h, 2);
}

static uint64_t mix_types(uint64_t h, const TypeVec *v) {
	h = mix(h, (uint64_t)v->len);
	for (int i = 0; i < v->len; i++)
		h = mix(h, (uint64_t)(uintptr_t)v->v[i]);
	return h;
}

static uint64_t type_hash(const Type *t) {
	uint64_t h = mix(0, t->kind);
	h = mix(h, (uint64_t)(uintptr_t)t->elem);
	h = mix(h, (uint64_t)(uintptr_t)t->key);
	h = mix(h, (uint64_t)t->len);
	h = mix(h, t->dir);
	h = mix(h, t->variadic);
	h = mix_types(h, &t->params);
	h = mix_types(h, &t->results);
	h = mix_types(h, &t->elems);
	for (int i = 0; i < t->fields.len; i++) {
		const Field *f = &t->fields.v[i];
		h = mix_str(h, f->name);
		h = mix_str(h, f->tag);
		h = mix(h, (uint64_t)(uintptr_t)f->type);
		h = mix(h, f->embedded);
	}
	for (int i = 0; i < t->methods.len; i++) {
		h = mix_str(h, t->methods.v[i].name);
		h = mix(h, (uint64_t)(uintptr_t)t->methods.v[i].sig);
	}
	return h;
}

static bool str_eq(const char *a, const char *b) { return a == b || (a && b && strcmp(a, b) == 0); }

static bool types_eq(const TypeVec *a, const TypeVec *b) {
	if (a->len != b->len)
		return false;
	for (int i = 0; i < a->len; i++)
		if (a->v[i] != b->v[i])
			return false;
	return true;
}

/* Go spec: Type identity, for two types whose components are canonical. Struct identity includes
 * field names, embeddedness and tags; func identity includes variadic-ness; interface identity
 * compares the (sorted) method names and signatures. */
static bool same_shape(const Type *a, const Type *b) {
	if (a->kind != b->kind || a->elem != b->elem || a->key != b->key || a->len != b->len ||
	    a->dir != b->dir || a->variadic != b->variadic)
		return false;
	if (!types_eq(&a->params, &b->params) || !types_eq(&a->results, &b->results) ||
	    !types_eq(&a->elems, &b->elems))
		return false;
	if (a->fields.len != b->fields.len || a->methods.len != b->methods.len)
		return false;
	for (int i = 0; i < a->fields.len; i++) {
		const Field *f = &a->fields.v[i], *g = &b->fields.v[i];
		if (f->type != g->type || f->embedded != g->embedded || !str_eq(f->name, g->name) ||
		    !str_eq(f->tag, g->tag))
			return false;
	}
	for (int i = 0; i < a->methods.len; i++)
		if (a->methods.v[i].sig != b->methods.v[i].sig ||
		    !str_eq(a->methods.v[i].name, b->methods.v[i].name))
			return false;
	return true;
}

static void table_insert(Type *t) {
	size_t i = type_hash(t) & (table_cap - 1);
	while (table[i])
		i = (i + 1) & (table_cap - 1);
	table[i] = t;
}

static void table_grow(void) {
	Type **old = table;
	size_t old_cap = table_cap;
	table_cap = table_cap ? 2 * table_cap : 256;
	table = xalloc(table_cap * sizeof(Type *));
	for (size_t i = 0; i < old_cap; i++)
		if (old[i])
			table_insert(old[i]);
}

static bool layout(Type *t);
static void set_layout(Type *t, int64_t size, int64_t align);
static bool layout_kind(Type *t);
static void pending_retry(void);
static TypeVec pending; /* composite types whose layout waits for a defined type */

/* Returns the canonical type identical to the stack-allocated prototype `proto`, copying it to
 * the arena the first time such a type is asked for. */
static Type *intern_type(const Type *proto) {
	if (2 * (table_len + 1) > table_cap)
		table_grow();
	size_t i = type_hash(proto) & (table_cap - 1);
	for (; table[i]; i = (i + 1) & (table_cap - 1))
		if (same_shape(table[i], proto))
			return table[i];
	Type *t = NEW(Type);
	*t = *proto;
	t->size = t->align = -1;
	table[i] = t;
	table_len++;
	if (!layout(t))
		vec_push(&pending, t);
	return t;
}

static Type proto_of(TypeKind kind) {
	Type p;
	memset(&p, 0, sizeof p);
	p.kind = kind;
	return p;
}

/* A prototype's vectors are fresh copies of the caller's arrays, so an interned type owns its
 * components and the caller may reuse its arrays. */
static TypeVec copy_types(Type **v, int n) {
	TypeVec out = {0};
	for (int i = 0; i < n; i++)
		vec_push(&out, v[i]);
	return out;
}

Type *type_pointer(Type *elem) {
	Type p = proto_of(TY_POINTER);
	p.elem = elem;
	return intern_type(&p);
}

Type *type_slice(Type *elem) {
	Type p = proto_of(TY_SLICE);
	p.elem = elem;
	return intern_type(&p);
}

Type *type_array(Type *elem, int64_t len) {
	Type p = proto_of(TY_ARRAY);
	p.elem = elem;
	p.len = len;
	return intern_type(&p);
}

Type *type_map(Type *key, Type *elem) {
	Type p = proto_of(TY_MAP);
	p.key = key;
	p.elem = elem;
	return intern_type(&p);
}

Type *type_chan(Type *elem, ChanDir dir) {
	Type p = proto_of(TY_CHAN);
	p.elem = elem;
	p.dir = dir;
	return intern_type(&p);
}

Type *type_struct(Field *fields, int n) {
	Type p = proto_of(TY_STRUCT);
	for (int i = 0; i < n; i++) {
		Field f = fields[i];
		f.name = f.name ? intern_cstr(f.name) : NULL;
		f.offset = 0;
		vec_push(&p.fields, f);
	}
	return intern_type(&p);
}

Type *type_func(Type **params, int np, Type **results, int nr, bool variadic) {
	Type p = proto_of(TY_FUNC);
	p.params = copy_types(params, np);
	p.results = copy_types(results, nr);
	p.variadic = variadic;
	return intern_type(&p);
}

static int method_cmp(const void *a, const void *b) {
	return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

/* Go spec: Interface types. The caller passes the flattened method list (embedded interfaces'
 * methods included, duplicates already reported); the set is kept sorted by name, as gc
 * sorts it, which makes identity a pairwise comparison. */
Type *type_interface(Method *methods, int n) {
	Type p = proto_of(TY_INTERFACE);
	for (int i = 0; i < n; i++) {
		Method m = methods[i];
		m.name = intern_cstr(m.name);
		m.fn = NULL;
		m.ptr_recv = false;
		vec_push(&p.methods, m);
	}
	if (n > 1)
		qsort(p.methods.v, n, sizeof(Method), method_cmp);
	return intern_type(&p);
}

Type *type_constraint(Method *methods, int n, TermVec *unions, int nunions, bool comparable) {
	Type *t = new_type(TY_INTERFACE);
	for (int i = 0; i < n; i++) {
		Method m = methods[i];
		m.fn = NULL;
		m.ptr_recv = false;
		vec_push(&t->methods, m);
	}
	if (n > 1)
		qsort(t->methods.v, n, sizeof(Method), method_cmp);
	t->unions = unions;
	t->nunions = nunions;
	t->comparable = comparable;
	set_layout(t, 16, 8);
	return t;
}

Type *type_typeparam(Symbol *sym, const char *name, int index, Type *constraint) {
	Type *t = new_type(TY_TYPEPARAM);
	t->sym = sym;
	t->name = intern_cstr(name);
	t->tp_index = index;
	t->underlying = constraint;
	set_layout(t, 8, 8);
	return t;
}

bool type_is_constraint(Type *t) {
	Type *u = type_under(t);
	return u && u->kind == TY_INTERFACE && (u->nunions > 0 || u->comparable);
}

Type *type_tuple(Type **elems, int n) {
	Type p = proto_of(TY_TUPLE);
	p.elems = copy_types(elems, n);
	return intern_type(&p);
}

/* A defined type is its own identity: never interned. `name` is the qualified name the
 * runtime prints ("main.T"); a bare "T" is accepted and qualified when printed. */
Type *type_named(Symbol *sym, const char *name) {
	Type *t = new_type(TY_NAMED);
	t->sym = sym;
	t->name = intern_cstr(name);
	return t;
}

/* `type T U` where U is itself defined: T's underlying type is U's. */
void type_set_underlying(Type *named, Type *under) {
	named->underlying = under ? type_under(under) : NULL;
	if (layout(named))
		pending_retry();
	else
		vec_push(&pending, named);
}

/* A defined type just became complete: finish the layouts that were waiting for it, so that
 * size and field offsets are valid as soon as every component is. */
static void pending_retry(void) {
	int kept = 0;
	for (int i = 0; i < pending.len; i++)
		if (!layout(pending.v[i]))
			pending.v[kept++] = pending.v[i];
	pending.len = kept;
}

/* ---- layout: gc's amd64 sizes (cmd/compile/internal/types/size.go) ------------------------- */

static int64_t round_up(int64_t n, int64_t a) { return (n + a - 1) / a * a; }

/* Sizes stop at gc's limit (MaxWidth), so that no sum or product of them overflows int64. */
static int64_t cap_size(int64_t n) { return n < TYPE_MAX_SIZE ? n : TYPE_MAX_SIZE; }

static int64_t array_size(int64_t elem, int64_t len) {
	return elem && len > TYPE_MAX_SIZE / elem ? TYPE_MAX_SIZE : cap_size(elem * len);
}

/* Fields in order at their natural alignment. A non-empty struct whose last field has size 0 gets
 * one byte of padding, so that taking that field's address can never produce a pointer to the
 * next object in memory (gc issue 9401); then the size is rounded to the alignment. */
static bool layout_struct(Type *t) {
	int64_t off = 0, align = 1;
	for (int i = 0; i < t->fields.len; i++)
		if (!layout(t->fields.v[i].type))
			return false;
	for (int i = 0; i < t->fields.len; i++) {
		Type *ft = t->fields.v[i].type;
		off = round_up(off, ft->align);
		t->fields.v[i].offset = off;
		off = cap_size(off + ft->size);
		if (ft->align > align)
			align = ft->align;
	}
	if (off > 0 && vec_last(&t->fields).type->size == 0)
		off++;
	t->size = round_up(off, align);
	t->align = align;
	return true;
}

/* A tuple is laid out like the struct codegen returns multiple results in, without the padding. */
static bool layout_tuple(Type *t) {
	int64_t off = 0, align = 1;
	for (int i = 0; i < t->elems.len; i++) {
		Type *e = t->elems.v[i];
		if (!layout(e))
			return false;
		off = cap_size(round_up(off, e->align) + e->size);
		if (e->align > align)
			align = e->align;
	}
	t->size = round_up(off, align);
	t->align = align;
	return true;
}

static void set_layout(Type *t, int64_t size, int64_t align) {
	t->size = size;
	t->align = align;
}

/* Computes size, align and field offsets once every component is complete; returns whether t
 * is complete. A size of -2 marks a layout in progress, so that an invalid recursive type
 * (`type T struct{ t T }`, reported by the checker) ends the recursion instead of looping. */
static bool layout(Type *t) {
	if (!t || t->size == -2)
		return false;
	if (t->size >= 0)
		return true;
	t->size = -2;
	bool done = layout_kind(t);
	if (!done)
		t->size = t->align = -1;
	return done;
}

static bool layout_kind(Type *t) {
	switch (t->kind) {
	case TY_POINTER:
	case TY_MAP:
	case TY_CHAN:
	case TY_FUNC: set_layout(t, 8, 8); return true;
	case TY_SLICE: set_layout(t, 24, 8); return true;
	case TY_INTERFACE: set_layout(t, 16, 8); return true;
	case TY_ARRAY:
		if (!layout(t->elem))
			return false;
		set_layout(t, array_size(t->elem->size, t->len), t->elem->align);
		return true;
	case TY_STRUCT: return layout_struct(t);
	case TY_TUPLE: return layout_tuple(t);
	case TY_TYPEPARAM: set_layout(t, 8, 8); return true; /* never laid out for code */
	case TY_NAMED:
		if (!t->underlying || !layout(t->underlying))
			return false;
		set_layout(t, t->underlying->size, t->underlying->align);
		return true;
	default: return false;
	}
}

/* gc's cmd/compile/internal/types/size.go: an array of MaxWidth bytes or more is "larger than
 * address space". The innermost such array in t (through structs and defined types), else NULL;
 * NULL too while t's layout waits for a type being declared. */
Type *type_too_large(Type *t) {
	if (!t || !layout(t) || t->size < TYPE_MAX_SIZE)
		return NULL;
	if (t->kind == TY_NAMED)
		return type_too_large(t->underlying);
	for (int i = 0; t->kind == TY_STRUCT && i < t->fields.len; i++)
		if (type_too_large(t->fields.v[i].type))
			return type_too_large(t->fields.v[i].type);
	Type *elem = t->kind == TY_ARRAY ? type_too_large(t->elem) : NULL;
	return elem ? elem : t->kind == TY_ARRAY ? t : NULL;
}

int64_t type_size(Type *t) {
	if (!layout(t))
		fatal("size of incomplete type %s", type_string(t));
	return t->size;
}

int64_t type_align(Type *t) {
	if (!layout(t))
		fatal("alignment of incomplete type %s", type_string(t));
	return t->align;
}

/* ---- predicates --------------------------------------------------------------------------- */

Type *type_under(Type *t) {
	while (t && t->kind == TY_NAMED && t->underlying)
		t = t->underlying;
	return t;
}

static TypeKind ukind(Type *t) { return type_under(t)->kind; }

/* ---- type sets (Go spec: Interface types, General interfaces) ------------------------------- */

/* Whether the type set of union `un` includes t: T is in {T}, any type whose underlying type is
 * U is in {~U}. */
static bool union_has(const TermVec *un, Type *t, bool tilde) {
	for (int i = 0; i < un->len; i++) {
		const Term *e = &un->v[i];
		if (e->tilde ? type_under(t) == type_under(e->type) : !tilde && e->type == t)
			return true;
	}
	return false;
}

/* The terms of a type parameter's type set: those of its constraint's first union that every
 * other union includes. A constraint without unions (any, methods only) has no terms: its type
 * set holds every type, and it returns false. */
bool type_terms(Type *tp, TermVec *out) {
	*out = (TermVec){0};
	Type *c = tp->kind == TY_TYPEPARAM ? type_under(tp->underlying) : NULL;
	if (!c || c->kind != TY_INTERFACE || !c->nunions)
		return false;
	for (int i = 0; i < c->unions[0].len; i++) {
		Term t = c->unions[0].v[i];
		bool all = true;
		for (int u = 1; u < c->nunions && all; u++)
			all = union_has(&c->unions[u], t.type, t.tilde);
		if (all)
			vec_push(out, t);
	}
	return true;
}

/* An operation is valid on an operand of type parameter type when it is valid for every type
 * in the type set; for a set of all types (no terms), no such property holds. */
static bool every_term(Type *tp, bool (*pred)(Type *)) {
	TermVec ts;
	if (!type_terms(tp, &ts) || !ts.len)
		return false;
	for (int i = 0; i < ts.len; i++)
		if (!pred(ts.v[i].type))
			return false;
	return true;
}

/* Go spec: Core types. A type parameter's is the one underlying type of every type in its set;
 * without one, the type parameter itself is returned, a kind no operation accepts. */
Type *type_core(Type *t) {
	if (!t || t->kind != TY_TYPEPARAM)
		return type_under(t);
	TermVec ts;
	if (!type_terms(t, &ts) || !ts.len)
		return t;
	Type *core = type_under(ts.v[0].type);
	for (int i = 1; i < ts.len; i++)
		if (type_under(ts.v[i].type) != core)
			return t;
	return core;
}

/* A type parameter whose types are all strings or byte slices slices and appends as a string. */
Type *type_core_string(Type *t) {
	TermVec ts;
	if (t->kind != TY_TYPEPARAM || !type_terms(t, &ts) || !ts.len)
		return type_core(t);
	bool strings = false;
	for (int i = 0; i < ts.len; i++) {
		Type *u = type_under(ts.v[i].type);
		if (u->kind == TY_STRING)
			strings = true;
		else if (u->kind != TY_SLICE || type_under(u->elem) != ty_uint8)
			return type_core(t);
	}
	return strings ? ty_string : type_core(t);
}

bool type_is_untyped(Type *t) { return t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL; }

bool type_is_integer(Type *t) {
	if (t->kind == TY_TYPEPARAM)
		return every_term(t, type_is_integer);
	TypeKind k = ukind(t);
	return (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}

bool type_is_unsigned(Type *t) {
	if (t->kind == TY_TYPEPARAM)
		return every_term(t, type_is_unsigned);
	TypeKind k = ukind(t);
	return k >= TY_UINT && k <= TY_UINTPTR;
}

bool type_is_float(Type *t) {
	if (t->kind == TY_TYPEPARAM)
		return every_term(t, type_is_float);
	TypeKind k = ukind(t);
	return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}

bool type_is_complex(Type *t) {
	if (t->kind == TY_TYPEPARAM)
		return every_term(t, type_is_complex);
	TypeKind k = ukind(t);
	return k == TY_COMPLEX64 || k == TY_COMPLEX128 || k == TY_UNTYPED_COMPLEX;
}

bool type_is_numeric(Type *t) {
	if (t->kind == TY_TYPEPARAM)
		return every_term(t, type_is_numeric);
	return type_is_integer(t) || type_is_float(t) || type_is_complex(t);
}

bool type_is_string(Type *t) {
	if (t->kind == TY_TYPEPARAM)
		return every_term(t, type_is_string);
	TypeKind k = ukind(t);
	return k == TY_STRING || k == TY_UNTYPED_STRING;
}

bool type_is_boolean(Type *t) {
	if (t->kind == TY_TYPEPARAM)
		return every_term(t, type_is_boolean);
	TypeKind k = ukind(t);
	return k == TY_BOOL || k == TY_UNTYPED_BOOL;
}

bool type_is_interface(Type *t) { return ukind(t) == TY_INTERFACE; }

bool type_is_empty_interface(Type *t) {
	Type *u = type_under(t);
	return u->kind == TY_INTERFACE && u->methods.len == 0;
}

/* Go spec: Comparison operators. Slices, maps and functions are not comparable; structs and
 * arrays are when their fields / elements are. */
bool type_is_comparable(Type *t) {
	if (t->kind == TY_TYPEPARAM)
		return type_under(t->underlying)->comparable || every_term(t, type_is_comparable);
	Type *u = type_under(t);
	switch (u->kind) {
	case TY_SLICE:
	case TY_MAP:
	case TY_FUNC:
	case TY_TUPLE:
	case TY_UNTYPED_NIL: return false;
	case TY_ARRAY: return type_is_comparable(u->elem);
	case TY_STRUCT:
		for (int i = 0; i < u->fields.len; i++)
			if (!type_is_comparable(u->fields.v[i].type))
				return false;
		return true;
	case TY_NAMED: /* underlying not set yet */ return false;
	default: return true;
	}
}

/* Go spec: Comparison operators: integers, floats and strings are ordered. */
bool type_is_ordered(Type *t) {
	if (t->kind == TY_TYPEPARAM)
		return every_term(t, type_is_ordered);
	return type_is_integer(t) || type_is_float(t) || type_is_string(t);
}

/* What the garbage collector must scan: anything holding a pointer word. */
bool type_has_pointers(Type *t) {
	Type *u = type_under(t);
	switch (u->kind) {
	case TY_STRING:
	case TY_UNSAFE_POINTER:
	case TY_POINTER:
	case TY_SLICE:
	case TY_MAP:
	case TY_CHAN:
	case TY_FUNC:
	case TY_INTERFACE:
	case TY_UNTYPED_STRING:
	case TY_UNTYPED_NIL: return true;
	case TY_ARRAY: return u->len > 0 && type_has_pointers(u->elem);
	case TY_STRUCT:
		for (int i = 0; i < u->fields.len; i++)
			if (type_has_pointers(u->fields.v[i].type))
				return true;
		return false;
	case TY_TUPLE:
		for (int i = 0; i < u->elems.len; i++)
			if (type_has_pointers(u->elems.v[i]))
				return true;
		return false;
	default: return false;
	}
}

/* gc's IsDirectIface: a value that is exactly one pointer word is stored in the interface's data
 * word itself; so is a one-element array or a one-field struct of such a value. */
bool type_is_direct_iface(Type *t) {
	Type *u = type_under(t);
	switch (u->kind) {
	case TY_POINTER:
	case TY_CHAN:
	case TY_MAP:
	case TY_FUNC:
	case TY_UNSAFE_POINTER: return true;
	case TY_ARRAY: return u->len == 1 && type_is_direct_iface(u->elem);
	case TY_STRUCT: return u->fields.len == 1 && type_is_direct_iface(u->fields.v[0].type);
	default: return false;
	}
}

/* Go spec: Constants: the default type of an untyped constant. */
Type *type_default(Type *t) {
	switch (t->kind) {
	case TY_UNTYPED_BOOL: return ty_bool;
	case TY_UNTYPED_INT: return ty_int;
	case TY_UNTYPED_RUNE: return ty_int32;
	case TY_UNTYPED_FLOAT: return ty_float64;
	case TY_UNTYPED_COMPLEX: return ty_complex128;
	case TY_UNTYPED_STRING: return ty_string;
	default: return t;
	}
}

/* ---- printing ---------------------------------------------------------------------------------
 * Two forms. Messages (type_string) print like types2 in package main: defined types unqualified
 * ("T"), composite literals tight ("struct{X int; y string}", "interface{M()}"). The runtime
 * (type_rtname, what %T and panics print) qualifies defined types ("main.T") and spaces composite
 * literals as reflect does ("struct { X int }", "interface {}"). */

typedef struct Printer {
	Buf buf;
	bool rt;  /* runtime form */
	bool sym; /* symbol form (type_symname): implies rt */
} Printer;

static void print_type(Printer *p, Type *t);
static void print_unions(Printer *p, Type *t);

static const struct Package *local_pkg;

void types_set_local_package(const struct Package *pkg) { local_pkg = pkg; }

/* Messages name a type of another package with that package's name ("lib.T"), as types2 does;
 * the runtime qualifies every defined type, with "main." for local ones. */
static const char *named_name(Type *t, int rt) {
	if (rt == 2 && t->symname)
		return t->symname;
	if (rt == 2 && t->sym && t->sym->owner && t->sym->owner->path)
		return fmt("%s.%s", t->sym->owner->path, t->name);
	const char *dot = strrchr(t->name, '.');
	bool imported = t->sym && t->sym->kind == SYM_TYPE && t->sym->pkg; /* os.File (stdpkg.h) */
	const Package *owner = t->sym ? t->sym->owner : NULL;
	if (owner && (rt || owner != local_pkg))
		return fmt("%s.%s", owner->name, t->name);
	if (!rt)
		return dot && !imported ? dot + 1 : t->name;
	if (dot || t == ty_error)
		return t->name;
	return fmt("main.%s", t->name);
}

static void print_list(Printer *p, TypeVec *v, bool variadic) {
	buf_putc(&p->buf, '(');
	for (int i = 0; i < v->len; i++) {
		if (i > 0)
			buf_puts(&p->buf, ", ");
		if (variadic && i == v->len - 1 && v->v[i]->kind == TY_SLICE) {
			buf_puts(&p->buf, "...");
			print_type(p, v->v[i]->elem);
		} else {
			print_type(p, v->v[i]);
		}
	}
	buf_putc(&p->buf, ')');
}

/* A signature without `func`: "(int, ...string) (int, error)". */
static void print_signature(Printer *p, Type *f) {
	print_list(p, &f->params, f->variadic);
	if (f->results.len == 0)
		return;
	buf_putc(&p->buf, ' ');
	if (f->results.len == 1)
		print_type(p, f->results.v[0]);
	else
		print_list(p, &f->results, false);
}

static void print_quoted(Buf *b, const char *s);

static void print_struct(Printer *p, Type *t) {
	buf_puts(&p->buf, p->rt ? "struct {" : "struct{");
	for (int i = 0; i < t->fields.len; i++) {
		Field *f = &t->fields.v[i];
		buf_puts(&p->buf, i > 0 ? "; " : p->rt ? " " : "");
		if (!f->embedded)
			buf_printf(&p->buf, "%s ", f->name);
		print_type(p, f->type);
		if (f->tag && *f->tag) {
			buf_putc(&p->buf, ' ');
			print_quoted(&p->buf, f->tag);
		}
	}
	buf_puts(&p->buf, p->rt && t->fields.len ? " }" : "}");
}

/* The runtime qualifies unexported method names with their package ("main.m"). */
static void print_interface(Printer *p, Type *t) {
	if (t->implicit) {
		print_unions(p, t);
		return;
	}
	if (t->nunions || t->comparable) {
		buf_puts(&p->buf, "interface{");
		print_unions(p, t);
		for (int i = 0; i < t->methods.len; i++) {
			buf_printf(&p->buf, "; %s", t->methods.v[i].name);
			print_signature(p, t->methods.v[i].sig);
		}
		buf_putc(&p->buf, '}');
		return;
	}
	if (p->rt && t->methods.len == 0) {
		buf_puts(&p->buf, "interface {}");
		return;
	}
	buf_puts(&p->buf, p->rt ? "interface {" : "interface{");
	for (int i = 0; i < t->methods.len; i++) {
		Method *m = &t->methods.v[i];
		buf_puts(&p->buf, i > 0 ? "; " : p->rt ? " " : "");
		bool exported = m->name[0] >= 'A' && m->name[0] <= 'Z';
		buf_puts(&p->buf, p->rt && !exported ? fmt("main.%s", m->name) : m->name);
		print_signature(p, m->sig);
	}
	buf_puts(&p->buf, p->rt ? " }" : "}");
}

/* A constraint's type set as written: "comparable; ~int | ~string". */
static void print_unions(Printer *p, Type *t) {
	if (t->comparable)
		buf_puts(&p->buf, t->nunions ? "comparable; " : "comparable");
	for (int u = 0; u < t->nunions; u++) {
		if (u)
			buf_puts(&p->buf, "; ");
		for (int i = 0; i < t->unions[u].len; i++) {
			Term *term = &t->unions[u].v[i];
			buf_puts(&p->buf, i ? "|" : ""); /* as types2 prints a union */
			buf_puts(&p->buf, term->tilde ? "~" : "");
			print_type(p, term->type);
		}
	}
}

/* `chan (<-chan int)`: a receive-only element of a bidirectional channel needs parentheses. */
static void print_chan(Printer *p, Type *t) {
	static const char *const prefix[] = {"chan ", "chan<- ", "<-chan "};
	bool parens = t->dir == CHAN_BOTH && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV;
	buf_puts(&p->buf, prefix[t->dir]);
	if (parens)
		buf_putc(&p->buf, '(');
	print_type(p, t->elem);
	if (parens)
		buf_putc(&p->buf, ')');
}

/* An instance's type arguments, as gc prints them: "[int,main.T]" (no spaces). */
static void print_targs(Printer *p, TypeVec *targs) {
	if (!targs->len)
		return;
	buf_putc(&p->buf, '[');
	for (int i = 0; i < targs->len; i++) {
		if (i)
			buf_putc(&p->buf, ',');
		print_type(p, targs->v[i]);
	}
	buf_putc(&p->buf, ']');
}

static void print_type(Printer *p, Type *t) {
	if (!t) {
		buf_puts(&p->buf, "<nil>");
		return;
	}
	switch (t->kind) {
	case TY_ARRAY:
		buf_printf(&p->buf, "[%lld]", (long long)t->len);
		print_type(p, t->elem);
		break;
	case TY_SLICE:
		buf_puts(&p->buf, "[]");
		print_type(p, t->elem);
		break;
	case TY_POINTER:
		buf_putc(&p->buf, '*');
		print_type(p, t->elem);
		break;
	case TY_MAP:
		buf_puts(&p->buf, "map[");
		print_type(p, t->key);
		buf_putc(&p->buf, ']');
		print_type(p, t->elem);
		break;
	case TY_CHAN: print_chan(p, t); break;
	case TY_STRUCT: print_struct(p, t); break;
	case TY_INTERFACE: print_interface(p, t); break;
	case TY_FUNC:
		buf_puts(&p->buf, "func");
		print_signature(p, t);
		break;
	case TY_TUPLE: print_list(p, &t->elems, false); break;
	case TY_NAMED:
		buf_puts(&p->buf, named_name(t, p->sym ? 2 : p->rt));
		print_targs(p, &t->targs);
		break;
	default: buf_puts(&p->buf, t->name); break;
	}
}

/* strconv.Quote for struct tags: printable ASCII as is, the usual escapes, \xNN otherwise
 * (tags are almost always plain ASCII, so UTF-8 is passed through unchanged). */
static void print_quoted(Buf *b, const char *s) {
	buf_putc(b, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		switch (c) {
		case '"': buf_puts(b, "\\\""); break;
		case '\\': buf_puts(b, "\\\\"); break;
		case '\n': buf_puts(b, "\\n"); break;
		case '\t': buf_puts(b, "\\t"); break;
		case '\r': buf_puts(b, "\\r"); break;
		default:
			if (c < 0x20 || c == 0x7f)
				buf_printf(b, "\\x%02x", c);
			else
				buf_putc(b, (char)c);
		}
	}
	buf_putc(b, '"');
}

static const char *print_as(Type *t, bool rt) {
	Printer p = {.rt = rt};
	print_type(&p, t);
	return intern_cstr(buf_cstr(&p.buf));
}

const char *type_string(Type *t) { return print_as(t, false); }
const char *type_rtname(Type *t) { return print_as(t, true); }

const char *type_symname(Type *t) {
	Printer p = {.rt = true, .sym = true};
	print_type(&p, t);
	return intern_cstr(buf_cstr(&p.buf));
}

/* The parameter names of a declared method, from its declaration: the checker may not have
 * recorded its parameter symbols yet when a message needs them. NULL when they are unknown. */
static const char **param_names(Method *m) {
	int n = m->sig->params.len, k = 0;
	if (!m->fn || !m->fn->decl || m->fn->decl->kind != ND_FUNCDECL || !m->fn->decl->func.ftype)
		return NULL;
	const char **names = xalloc(sizeof(char *) * (size_t)(n + 1));
	NodeVec *fields = &m->fn->decl->func.ftype->functype.params;
	for (int i = 0; i < fields->len; i++) {
		NodeVec *ids = &fields->v[i]->field.names;
		if (ids->len == 0)
			return NULL; /* unnamed parameters: printed as types only */
		for (int j = 0; j < ids->len && k < n; j++)
			names[k++] = ids->v[j]->ident.name;
	}
	return k == n ? names : NULL;
}

/* "String(x int) string" in message form, as types2's funcString prints a method in
 * have/want lines: with parameter names when the method has a declaration. */
const char *type_method_string(Method *m) {
	Printer p = {.rt = false};
	const char **names = param_names(m);
	buf_puts(&p.buf, m->name);
	if (!names) {
		print_signature(&p, m->sig);
		return intern_cstr(buf_cstr(&p.buf));
	}
	buf_putc(&p.buf, '(');
	for (int i = 0; i < m->sig->params.len; i++) {
		Type *pt = m->sig->params.v[i];
		buf_puts(&p.buf, i > 0 ? ", " : "");
		buf_printf(&p.buf, "%s ", names[i]);
		bool ddd = m->sig->variadic && i == m->sig->params.len - 1 && pt->kind == TY_SLICE;
		buf_puts(&p.buf, ddd ? "..." : "");
		print_type(&p, ddd ? pt->elem : pt);
	}
	buf_putc(&p.buf, ')');
	Type results = *m->sig;
	results.params.len = 0;
	Printer rest = {.rt = false};
	print_signature(&rest, &results); /* "() R" */
	buf_puts(&p.buf, buf_cstr(&rest.buf) + 2);
	return intern_cstr(buf_cstr(&p.buf));
}
