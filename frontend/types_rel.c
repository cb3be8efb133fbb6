/* types_rel.c: relations between types: selector lookup through embedded fields, method sets,
 * interface satisfaction, assignability and convertibility (Go spec: Selectors, Method sets,
 * Assignability, Conversions).
 *
 * Input: canonical types from types.c. Output: yes/no answers, plus gc's explanation for a failed
 * interface satisfaction, worded as types2 words it in Go 1.19 ("T does not implement I (missing M
 * method)"), so the checker can print it after "cannot use x (...) as type I in ...:\n\t".
 *
 * The lookup is the spec's breadth-first search: all embedded fields at depth 0, then all at
 * depth 1, and so on; the first depth with a match decides, and two matches at that depth make
 * the selector ambiguous. A defined type is searched once (embedding cycles through pointers).
 */
#include <string.h>
#include <strings.h>

#include "ast.h"
#include "types.h"

/* ---- selector lookup ------------------------------------------------------------------------ */

/* One type to search at the current depth, and how we got there. */
typedef struct Embedded {
	Type *type;
	int path[16];
	int depth;
	bool indirect;  /* a pointer was followed on the way */
	bool multiples; /* the same type was reached along several paths at this depth */
} Embedded;
typedef VEC(Embedded) EmbeddedVec;

/* A pointer type literal *T (not a defined pointer type) is searched as T, indirectly. */
static Type *deref(Type *t, bool *is_ptr) {
	*is_ptr = t->kind == TY_POINTER;
	return *is_ptr ? t->elem : t;
}

static bool name_matches(const char *have, const char *want, bool fold) {
	if (!have)
		return false;
	return fold ? strcasecmp(have, want) == 0 : strcmp(have, want) == 0;
}

/* ---- methods by name --------------------------------------------------------------------- */

/* Up to this many methods a linear search is as fast as hashing. */
enum { METHOD_LINEAR_MAX = 16 };

static size_t name_hash(const char *name) { return (size_t)hash_bytes(name, strlen(name)); }

/* Adds methods[i] to t's index unless an earlier method has its name (the first one wins). */
static void method_index_put(Type *t, int i) {
	size_t mask = (size_t)t->method_index_cap - 1;
	size_t j = name_hash(t->methods.v[i].name) & mask;
	for (; t->method_index[j]; j = (j + 1) & mask)
		if (strcmp(t->methods.v[t->method_index[j] - 1].name, t->methods.v[i].name) == 0)
			return;
	t->method_index[j] = i + 1;
}

/* Brings the index up to date with t->methods, keeping it at most half full. */
static void method_index_update(Type *t) {
	if ((size_t)t->methods.len * 2 >= (size_t)t->method_index_cap) {
		int cap = 64;
		while (cap <= t->methods.len * 2)
			cap *= 2;
		t->method_index = xalloc(sizeof(int) * (size_t)cap);
		t->method_index_cap = cap;
		t->methods_indexed = 0;
	}
	for (; t->methods_indexed < t->methods.len; t->methods_indexed++)
		method_index_put(t, t->methods_indexed);
}

int type_method_index(Type *t, const char *name) {
	MethodVec *ms = &t->methods;
	if (ms->len <= METHOD_LINEAR_MAX) {
		for (int i = 0; i < ms->len; i++)
			if (strcmp(ms->v[i].name, name) == 0)
				return i;
		return -1;
	}
	method_index_update(t);
	size_t mask = (size_t)t->method_index_cap - 1;
	for (size_t j = name_hash(name) & mask; t->method_index[j]; j = (j + 1) & mask)
		if (strcmp(ms->v[t->method_index[j] - 1].name, name) == 0)
			return t->method_index[j] - 1;
	return -1;
}

/* The first method of t called `name` (ignoring case with `fold`, for "but has m" hints). */
static int find_method(Type *t, const char *name, bool fold) {
	if (!fold)
		return type_method_index(t, name);
	for (int i = 0; i < t->methods.len; i++)
		if (name_matches(t->methods.v[i].name, name, true))
			return i;
	return -1;
}

/* Records a match at entry e, or marks the lookup ambiguous if this depth already had one. */
static bool record(Lookup *r, Embedded *e, LookupKind kind, Type *owner, int index) {
	if (r->kind != LOOKUP_NONE || e->multiples) {
		r->kind = LOOKUP_AMBIGUOUS;
		return false;
	}
	r->kind = kind;
	memcpy(r->path, e->path, sizeof r->path);
	r->depth = e->depth;
	r->index = index;
	r->owner = owner;
	r->indirect = e->indirect;
	if (kind == LOOKUP_FIELD)
		r->field = &owner->fields.v[index];
	else
		r->method = &owner->methods.v[index];
	return true;
}

/* Queues the embedded fields of struct `st`, reached through entry e, for the next depth. */
static void queue_embedded(EmbeddedVec *next, Embedded *e, int i, Type *ftype) {
	if (e->depth >= 16)
		return;
	Embedded n = *e;
	bool is_ptr;
	n.type = deref(ftype, &is_ptr);
	n.path[n.depth++] = i;
	n.indirect = e->indirect || is_ptr;
	vec_push(next, n);
}

static bool seen_before(TypeVec *seen, Type *t) {
	for (int i = 0; i < seen->len; i++)
		if (seen->v[i] == t)
			return true;
	vec_push(seen, t);
	return false;
}

/* Searches one entry of the current depth; returns false once the result is ambiguous. */
static bool search_entry(Lookup *r, Embedded *e, const char *name, bool fold, TypeVec *seen,
			 EmbeddedVec *next) {
	Type *t = e->type;
	if (t->kind == TY_NAMED) {
		if (seen_before(seen, t))
			return true;
		int mi = find_method(t, name, fold);
		if (mi >= 0) /* a method hides the fields of the type's struct */
			return record(r, e, LOOKUP_METHOD, t, mi);
		t = t->underlying;
		if (!t)
			return true;
	}
	if (t->kind == TY_INTERFACE) {
		int mi = find_method(t, name, fold);
		return mi < 0 || record(r, e, LOOKUP_METHOD, t, mi);
	}
	if (t->kind != TY_STRUCT)
		return true;
	for (int i = 0; i < t->fields.len; i++) {
		Field *f = &t->fields.v[i];
		if (name_matches(f->name, name, fold)) {
			if (!record(r, e, LOOKUP_FIELD, t, i))
				return false;
		} else if (f->embedded && r->kind == LOOKUP_NONE) {
			queue_embedded(next, e, i, f->type);
		}
	}
	return true;
}

/* The same type reached along two paths at one depth is searched once, flagged `multiples`:
 * any match inside it is ambiguous. */
static EmbeddedVec consolidate(EmbeddedVec *next) {
	EmbeddedVec out = {0};
	for (int i = 0; i < next->len; i++) {
		int j = 0;
		while (j < out.len && out.v[j].type != next->v[i].type)
			j++;
		if (j < out.len)
			out.v[j].multiples = true;
		else
			vec_push(&out, next->v[i]);
	}
	return out;
}

/* Go spec: Selectors. `fold` finds a name differing only in case (for gc's "have m() want M()"). */
static Lookup lookup(Type *T, const char *name, bool fold) {
	Lookup r = {0};
	Embedded start = {0};
	start.type = deref(T, &start.indirect);
	if (start.type->kind == TY_TYPEPARAM) /* its methods are its constraint's (no fields) */
		start.type = type_under(start.type->underlying);
	if (start.indirect && type_is_interface(start.type))
		return r; /* a pointer to an interface (or to a type parameter) has no methods */
	EmbeddedVec current = {0};
	TypeVec seen = {0};
	vec_push(&current, start);
	while (current.len > 0) {
		EmbeddedVec next = {0};
		for (int i = 0; i < current.len; i++)
			if (!search_entry(&r, &current.v[i], name, fold, &seen, &next))
				return r;
		if (r.kind != LOOKUP_NONE)
			return r;
		current = consolidate(&next);
	}
	return r;
}

/* A defined pointer type (`type P *T`) has the fields of *T but none of its methods. */
Lookup type_lookup(Type *t, const char *name) {
	if (t->kind == TY_NAMED && t->underlying && t->underlying->kind == TY_POINTER) {
		Lookup l = lookup(t->underlying, name, false);
		if (l.kind == LOOKUP_METHOD)
			l.kind = LOOKUP_NONE;
		return l;
	}
	return lookup(t, name, false);
}

/* Go spec: Method sets. True when `name` is a method of t or of *t; *needs_addr says it is only
 * in *t's method set (a pointer-receiver method reached without following a pointer), so calling
 * it needs an addressable operand and a value of type t does not have it. */
bool type_has_method(Type *t, const char *name, Method **m, bool *needs_addr) {
	Lookup l = lookup(t, name, false);
	if (l.kind != LOOKUP_METHOD)
		return false;
	if (m)
		*m = l.method;
	if (needs_addr)
		*needs_addr = l.method->ptr_recv && !l.indirect;
	return true;
}

/* ---- interface satisfaction ------------------------------------------------------------------ */

/* The method `name` of a value of type V (not addressable): pointer-receiver methods of a
 * non-pointer are not in its method set, and fields are not methods. */
static Method *value_method(Type *V, const char *name, bool fold, bool *is_field) {
	Lookup l = lookup(V, name, fold);
	*is_field = l.kind == LOOKUP_FIELD;
	if (l.kind != LOOKUP_METHOD || (l.method->ptr_recv && !l.indirect))
		return NULL;
	return l.method;
}

/* Finds the first method of interface Ti that V lacks (*m), with the nearest alternative (*alt):
 * the same method with a pointer receiver or the wrong signature, or a name differing in case. */
static bool missing_method(Type *V, Type *Ti, Method **m, Method **alt) {
	Type *Vu = type_under(V);
	*alt = NULL;
	for (int i = 0; i < Ti->methods.len; i++) {
		*m = &Ti->methods.v[i];
		if (Vu->kind == TY_INTERFACE) {
			int j = find_method(Vu, (*m)->name, false);
			*alt = j >= 0 ? &Vu->methods.v[j] : NULL;
			if (!*alt || (*alt)->sig != (*m)->sig)
				return true;
			continue;
		}
		bool is_field, found;
		Method *f = value_method(V, (*m)->name, false, &is_field);
		found = f != NULL;
		if (!f && !is_field) {
			Lookup l = lookup(type_pointer(V), (*m)->name, false);
			f = l.kind == LOOKUP_METHOD ? l.method : value_method(V, (*m)->name, true, &is_field);
		}
		*alt = f;
		if (!found || f->sig != (*m)->sig)
			return true;
	}
	return false;
}

static bool is_interface_ptr(Type *t) {
	Type *u = type_under(t);
	return u->kind == TY_POINTER && type_is_interface(u->elem);
}

/* types2's missingMethodReason, with gc's "M method" wording. */
static const char *missing_reason(Type *V, Type *T, Method *m, Method *alt) {
	const char *mname = fmt("%s method", m->name);
	if (alt && strcmp(alt->name, m->name) != 0)
		return fmt("(missing %s)\n\t\thave %s\n\t\twant %s", mname, type_method_string(alt),
			   type_method_string(m));
	if (alt && alt->sig == m->sig)
		return fmt("(%s has pointer receiver)", mname);
	if (alt)
		return fmt("(wrong type for %s)\n\t\thave %s\n\t\twant %s", mname, type_method_string(alt),
			   type_method_string(m));
	if (is_interface_ptr(V))
		return fmt("(type %s is pointer to interface, not interface)", type_string(V));
	if (is_interface_ptr(T))
		return fmt("(type %s is pointer to interface, not interface)", type_string(T));
	return fmt("(missing %s)", mname);
}

static void set_reason(const char **reason, const char *text) {
	if (reason)
		*reason = text;
}

/* Go spec: Interface types: V implements T when V's method set has every method of T. */
bool type_implements(Type *V, Type *T, const char **reason) {
	Type *Tu = type_under(T);
	if (Tu->kind != TY_INTERFACE) {
		const char *why = is_interface_ptr(T)
				      ? fmt("type %s is pointer to interface, not interface", type_string(T))
				      : fmt("%s is not an interface", type_string(T));
		set_reason(reason, fmt("%s does not implement %s (%s)", type_string(V), type_string(T), why));
		return false;
	}
	Method *m, *alt;
	if (Tu->methods.len == 0 || !missing_method(V, Tu, &m, &alt))
		return true;
	set_reason(reason, fmt("%s does not implement %s %s", type_string(V), type_string(T),
			       missing_reason(V, T, m, alt)));
	return false;
}

/* ---- assignability ------------------------------------------------------------------------- */

/* Types with a name: defined types and the predeclared ones. */
static bool has_name(Type *t) {
	return t->kind == TY_NAMED || t->kind == TY_TYPEPARAM || t->kind <= TY_UNTYPED_NIL;
}

bool type_has_nil(Type *t) {
	if (t->kind == TY_TYPEPARAM) { /* when every type in its type set has */
		TermVec ts;
		bool all = type_terms(t, &ts) && ts.len;
		for (int i = 0; all && i < ts.len; i++)
			all = type_has_nil(ts.v[i].type);
		return all;
	}
	switch (type_under(t)->kind) {
	case TY_POINTER:
	case TY_FUNC:
	case TY_SLICE:
	case TY_MAP:
	case TY_CHAN:
	case TY_INTERFACE:
	case TY_UNSAFE_POINTER: return true;
	default: return false;
	}
}

/* An untyped value of type V (a constant, a comparison result, nil) assigned to T: the kinds must
 * agree; whether a constant's value is representable is the checker's question (const.h). */
static bool untyped_assignable(Type *V, Type *T) {
	Type *Tu = type_under(T);
	if (V->kind == TY_UNTYPED_NIL)
		return type_has_nil(T);
	if (type_is_untyped(Tu)) {
		if (type_is_numeric(V) && type_is_numeric(Tu))
			return true;
		return V->kind == Tu->kind;
	}
	switch (V->kind) {
	case TY_UNTYPED_BOOL: return type_is_boolean(Tu);
	case TY_UNTYPED_STRING: return type_is_string(Tu);
	default: return type_is_numeric(Tu);
	}
}

/* Go spec: Assignability, the rules for type parameters: a value of a type without a name is
 * assignable to a type parameter when it is to every type in its type set, and a value of type
 * parameter type to a type without a name when every type in its set is. *reason names the
 * first type that is not, as types2 does. */
static bool tparam_assignable(Type *V, Type *T, const char **reason) {
	bool to = T->kind == TY_TYPEPARAM && !has_name(V), from = V->kind == TY_TYPEPARAM && !has_name(T);
	TermVec ts;
	if ((!to && !from) || !type_terms(to ? T : V, &ts) || !ts.len)
		return false;
	for (int i = 0; i < ts.len; i++) {
		Type *t = ts.v[i].type;
		if (type_assignable(to ? V : t, to ? t : T, NULL))
			continue;
		if (to)
			set_reason(reason, fmt("cannot assign %s to %s (in %s)", type_string(V),
					       type_string(t), type_string(T)));
		else
			set_reason(reason, fmt("cannot assign %s (in %s) to %s", type_string(t),
					       type_string(V), type_string(T)));
		return false;
	}
	return true;
}

/* Go spec: Assignability. On failure *reason, when not NULL, gets types2's explanation (or stays
 * untouched when types2 has none): "T does not implement I (...)" or "need type assertion". */
bool type_assignable(Type *V, Type *T, const char **reason) {
	if (V == T)
		return true;
	/* an untyped constant assigned to an interface gets its default type first */
	if (type_is_untyped(V) && V->kind != TY_UNTYPED_NIL && type_is_interface(T))
		V = type_default(V);
	if (type_is_untyped(V))
		return untyped_assignable(V, T);
	Type *Vu = type_under(V), *Tu = type_under(T);
	if (Vu == Tu && (!has_name(V) || !has_name(T)))
		return true;
	if (Tu->kind == TY_INTERFACE || is_interface_ptr(Tu))
		return type_implements(V, T, reason);
	if (Vu->kind == TY_INTERFACE && type_implements(T, V, NULL)) {
		set_reason(reason, "need type assertion");
		return false;
	}
	if (Vu->kind == TY_CHAN && Vu->dir == CHAN_BOTH && Tu->kind == TY_CHAN && Vu->elem == Tu->elem)
		return !has_name(V) || !has_name(T);
	return tparam_assignable(V, T, reason);
}

/* ---- convertibility ------------------------------------------------------------------------- */

static bool identical_ignore_tags(Type *a, Type *b);

static bool lists_identical_ignore_tags(TypeVec *a, TypeVec *b) {
	if (a->len != b->len)
		return false;
	for (int i = 0; i < a->len; i++)
		if (!identical_ignore_tags(a->v[i], b->v[i]))
			return false;
	return true;
}

static bool structs_identical_ignore_tags(Type *a, Type *b) {
	if (a->fields.len != b->fields.len)
		return false;
	for (int i = 0; i < a->fields.len; i++) {
		Field *f = &a->fields.v[i], *g = &b->fields.v[i];
		if (f->embedded != g->embedded || strcmp(f->name, g->name) != 0 ||
		    !identical_ignore_tags(f->type, g->type))
			return false;
	}
	return true;
}

/* Go spec: Conversions: "ignoring struct tags", at any depth of the type. */
static bool identical_ignore_tags(Type *a, Type *b) {
	if (a == b)
		return true;
	if (a->kind != b->kind || a->kind == TY_NAMED || a->kind <= TY_UNTYPED_NIL)
		return false;
	switch (a->kind) {
	case TY_ARRAY: return a->len == b->len && identical_ignore_tags(a->elem, b->elem);
	case TY_SLICE:
	case TY_POINTER: return identical_ignore_tags(a->elem, b->elem);
	case TY_MAP: return identical_ignore_tags(a->key, b->key) && identical_ignore_tags(a->elem, b->elem);
	case TY_CHAN: return a->dir == b->dir && identical_ignore_tags(a->elem, b->elem);
	case TY_STRUCT: return structs_identical_ignore_tags(a, b);
	case TY_FUNC:
		return a->variadic == b->variadic && lists_identical_ignore_tags(&a->params, &b->params) &&
		       lists_identical_ignore_tags(&a->results, &b->results);
	case TY_TUPLE: return lists_identical_ignore_tags(&a->elems, &b->elems);
	default: return false; /* interfaces are interned with their signatures: a != b means different */
	}
}

/* []byte or []rune, by the element's underlying type (types2's isBytesOrRunes). */
static bool is_bytes_or_runes(Type *t) {
	Type *u = type_under(t);
	if (u->kind != TY_SLICE)
		return false;
	TypeKind k = type_under(u->elem)->kind;
	return k == TY_UINT8 || k == TY_INT32;
}

static bool is_real(Type *t) { return type_is_integer(t) || type_is_float(t); }

/* unsafe.Pointer converts to and from every pointer type and uintptr. */
static bool unsafe_convertible(Type *Vu, Type *Tu) {
	if (Vu->kind == TY_UNSAFE_POINTER)
		return Tu->kind == TY_POINTER || Tu->kind == TY_UINTPTR;
	if (Tu->kind == TY_UNSAFE_POINTER)
		return Vu->kind == TY_POINTER || Vu->kind == TY_UINTPTR;
	return false;
}

/* Go spec: Conversions, with type parameters: every type in V's type set must convert to every
 * type in T's (a type parameter without terms converts to nothing but itself and interfaces).
 * *cause gets types2's explanation naming the first pair that does not. */
static bool tparam_convertible(Type *V, Type *T, const char **cause) {
	TermVec vs = {0}, ts = {0};
	bool vp = V->kind == TY_TYPEPARAM, tp = T->kind == TY_TYPEPARAM;
	if ((vp && (!type_terms(V, &vs) || !vs.len)) || (tp && (!type_terms(T, &ts) || !ts.len)))
		return false;
	if (!vp)
		vec_push(&vs, ((Term){V, false}));
	if (!tp)
		vec_push(&ts, ((Term){T, false}));
	for (int i = 0; i < vs.len; i++)
		for (int j = 0; j < ts.len; j++) {
			Type *v = vs.v[i].type, *t = ts.v[j].type;
			if (type_convertible(v, t))
				continue;
			const char *vn =
			    vp ? fmt("%s (in %s)", type_string(v), type_string(V)) : type_string(v);
			const char *tn =
			    tp ? fmt("%s (in %s)", type_string(t), type_string(T)) : type_string(t);
			set_reason(cause, fmt("cannot convert %s to %s", vn, tn));
			return false;
		}
	return true;
}

bool type_convertible(Type *V, Type *T) { return type_convertible_why(V, T, NULL); }

/* Go spec: Conversions, for a non-constant x of type V (an untyped operand is taken at its
 * default type; a constant's representability is checked by the caller). */
bool type_convertible_why(Type *V, Type *T, const char **cause) {
	if (type_is_untyped(V) && V->kind != TY_UNTYPED_NIL)
		V = type_default(V);
	if (type_assignable(V, T, NULL))
		return true;
	Type *Vu = type_under(V), *Tu = type_under(T);
	if (identical_ignore_tags(Vu, Tu))
		return true;
	if (V->kind == TY_POINTER && T->kind == TY_POINTER &&
	    identical_ignore_tags(type_under(V->elem), type_under(T->elem)))
		return true;
	if ((is_real(Vu) && is_real(Tu)) || (type_is_complex(Vu) && type_is_complex(Tu)))
		return true;
	if ((type_is_integer(Vu) || is_bytes_or_runes(Vu)) && type_is_string(Tu))
		return true;
	if (type_is_string(Vu) && is_bytes_or_runes(Tu))
		return true;
	if (unsafe_convertible(Vu, Tu))
		return true;
	/* Go 1.17: a slice converts to a pointer to an array of its element type */
	if (Vu->kind == TY_SLICE && Tu->kind == TY_POINTER && type_under(Tu->elem)->kind == TY_ARRAY &&
	    type_under(Tu->elem)->elem == Vu->elem)
		return true;
	return (V->kind == TY_TYPEPARAM || T->kind == TY_TYPEPARAM) && tparam_convertible(V, T, cause);
}
