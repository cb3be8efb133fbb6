/* check_expr2.c: selectors, index and slice expressions, composite literals, function literals,
 * type assertions and type switches (Go spec: Selectors, Method values, Method expressions,
 * Index expressions, Slice expressions, Composite literals, Function literals, Type assertions,
 * Type switches).
 *
 * Input: such an expression. Output: its type and addressability, the selector's resolution
 * (Node.sel.kind / lookup), closures' Func records with their captured variables.
 */
#include "check_int.h"
#include "stdpkg.h"

#include <ctype.h>
#include <string.h>

/* ---- selectors ----------------------------------------------------------------------------- */

static void undefined_selector(Node *n, Type *t) {
	const char *sel = n->sel.name;
	const char *why = fmt("type %s has no field or method %s", type_string(t), sel);
	if (type_under(t)->kind == TY_POINTER && type_is_interface(type_under(t)->elem))
		why = fmt("type %s is pointer to interface, not interface", type_string(t));
	else if (type_under(t)->kind == TY_POINTER && type_under(t)->elem->kind == TY_TYPEPARAM &&
		 type_lookup(type_under(t)->elem, sel).kind == LOOKUP_METHOD)
		why = fmt("type %s is pointer to type parameter, not type parameter", type_string(t));
	else if (*sel) {
		char *other = fmt("%s", sel);
		other[0] = isupper((unsigned char)other[0]) ? tolower((unsigned char)other[0])
							    : toupper((unsigned char)other[0]);
		Lookup l = type_lookup(t, other);
		if (l.kind == LOOKUP_FIELD || l.kind == LOOKUP_METHOD)
			why = fmt("%s, but does have %s", why, other);
	}
	diag_error(n->sel.name_pos, "%s.%s undefined (%s)", ck_expr_str(n->sel.x), sel, why);
}

/* T.m or (*T).m: a function whose first parameter is the receiver. */
static void method_expr(Node *n, Type *t) {
	Lookup l = type_lookup(t, n->sel.name);
	if (l.kind != LOOKUP_METHOD) {
		diag_error(n->sel.name_pos, "%s.%s undefined (type %s has no method %s)",
			   ck_expr_str(n->sel.x), n->sel.name, type_string(t), n->sel.name);
		return;
	}
	Method *m = l.method;
	if (m->ptr_recv && !l.indirect && type_under(t)->kind != TY_POINTER && !type_is_interface(t)) {
		diag_error(n->sel.name_pos, "cannot call pointer method %s on %s", n->sel.name,
			   type_string(t));
		return;
	}
	Type *sig = m->sig;
	TypeVec ps = {0};
	vec_push(&ps, t);
	for (int i = 0; i < sig->params.len; i++)
		vec_push(&ps, sig->params.v[i]);
	n->type = type_func(ps.v, ps.len, sig->results.v, sig->results.len, sig->variadic);
	n->sel.kind = SEL_METHOD_EXPR;
	n->sel.lookup = l;
	ck_use_method(m->fn);
}

/* pkg.Name for a package gosub implements (stdpkg.c); packages it lacks are reported once,
 * at their first use. */
static void ck_stdlib_member(Node *n, Symbol *pkg) {
	bool is_unsafe = strcmp(pkg->pkg, "unsafe") == 0; /* a pseudo-package: check_unsafe.c */
	Symbol *m = is_unsafe ? ck_unsafe_member(n->sel.name) : stdpkg_lookup(pkg->pkg, n->sel.name);
	if (m) {
		n->sel.sym = m;
		n->type = m->type;
		if (m->kind == SYM_TYPE)
			n->flags |= NF_TYPE;
		else if (m->kind == SYM_VAR)
			n->flags |= NF_ADDRESSABLE;
	} else if (is_unsafe || stdpkg_has_package(pkg->pkg)) {
		diag_error(n->sel.name_pos, "undefined: %s.%s", pkg->name, n->sel.name);
	} else if (!pkg->said_unsupported) {
		pkg->said_unsupported = true;
		diag_error(n->sel.name_pos, "%s.%s not supported by gosub (package %s)", pkg->name,
			   n->sel.name, pkg->pkg);
	}
}

/* Go spec: Exported identifiers (a first letter of class Lu; gosub knows the ASCII ones, which
 * are all the standard library uses). */
static bool is_exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

/* pkg.Name for a package compiled from source: an exported name of its package scope, which
 * the checker completed before this package (imports are checked first). */
static void ck_source_member(Node *n, Symbol *pkg) {
	Symbol *m = scope_lookup_local(pkg->imported->scope, n->sel.name);
	if (m && !is_exported(n->sel.name)) {
		diag_error(n->sel.name_pos, "%s not exported by package %s", n->sel.name, pkg->name);
		return;
	}
	if (!m) {
		diag_error(n->sel.name_pos, "undefined: %s.%s", pkg->name, n->sel.name);
		return;
	}
	n->sel.sym = m;
	n->type = m->type;
	switch (m->kind) {
	case SYM_TYPE: n->flags |= NF_TYPE; break;
	case SYM_VAR: n->flags |= NF_ADDRESSABLE; break;
	case SYM_CONST: n->cval = m->cval; break;
	default: break;
	}
}

void ck_selector(Node *n) {
	Node *x = ast_unparen(n->sel.x);
	if (x->kind == ND_IDENT) {
		Symbol *s = scope_lookup(ck.scope, x->ident.name);
		if (s && s->kind == SYM_PKG) {
			x->ident.sym = s;
			n->sel.kind = SEL_QUALIFIED;
			if (s->imported)
				ck_source_member(n, s);
			else
				ck_stdlib_member(n, s);
			s->used = true;
			return;
		}
	}
	ck_expr_or_type(&n->sel.x);
	x = n->sel.x;
	if (!x->type)
		return;
	if (x->flags & NF_TYPE) {
		method_expr(n, x->type);
		return;
	}
	if (!ck_single(&n->sel.x))
		return;
	if (!ck_default(&n->sel.x))
		return;
	x = n->sel.x;
	Lookup l = type_lookup(x->type, n->sel.name);
	n->sel.lookup = l;
	switch (l.kind) {
	case LOOKUP_NONE: undefined_selector(n, x->type); return;
	case LOOKUP_AMBIGUOUS:
		diag_error(n->sel.name_pos, "ambiguous selector %s.%s", ck_expr_str(x), n->sel.name);
		return;
	case LOOKUP_FIELD:
		n->sel.kind = SEL_FIELD;
		n->type = l.field->type;
		if ((x->flags & NF_ADDRESSABLE) || l.indirect || type_under(x->type)->kind == TY_POINTER)
			n->flags |= NF_ADDRESSABLE;
		return;
	case LOOKUP_METHOD: break;
	}
	Method *m = l.method;
	if (type_is_interface(l.owner)) {
		n->sel.kind = SEL_IFACE_METHOD;
		n->type = m->sig;
		return;
	}
	bool ptr = l.indirect || type_under(x->type)->kind == TY_POINTER;
	if (m->ptr_recv && !ptr && !(x->flags & NF_ADDRESSABLE)) {
		diag_error(n->sel.name_pos, "cannot call pointer method %s on %s", n->sel.name,
			   type_string(x->type));
		return;
	}
	n->sel.kind = SEL_METHOD;
	n->type = m->sig;
	ck_use_method(m->fn);
	if (m->ptr_recv && !ptr)
		ck_mark_addr_taken(x);
}

/* ---- index and slice expressions ------------------------------------------------------------- */

/* An index (types2: isValidIndex): integer (untyped constants become int), and if constant,
 * not negative, representable as an int, and below max (when max >= 0). */
bool ck_index_value(Node **slot, const char *what, int64_t max) {
	if (!ck_value(slot) || !ck_convert_untyped(slot, ty_int))
		return false;
	Node *x = *slot;
	if (!type_is_integer(x->type)) {
		diag_error(ck_start(x), "invalid argument: %s %s must be integer", what, ck_operand(x));
		return false;
	}
	if (!ck_is_const(x))
		return true;
	if (cv_sign(x->cval)) {
		diag_error(ck_start(x), "invalid argument: %s %s must not be negative", what, ck_operand(x));
		return false;
	}
	if (!cv_representable(x->cval, ty_int, NULL)) {
		diag_error(ck_start(x), "invalid argument: %s %s overflows int", what, ck_operand(x));
		return false;
	}
	if (max >= 0 && (!cv_fits_int64(x->cval) || cv_get_int64(x->cval) >= max)) {
		diag_error(ck_start(x), "invalid argument: %s %s out of bounds [0:%lld]", what,
			   cv_string_repr(x->cval), (long long)max);
		return false;
	}
	return true;
}

/* One term's element type when indexed (NULL: not indexable); *len gets an array's length. */
static Type *term_elem(Type *t, bool *is_string, int64_t *len) {
	Type *u = type_under(t);
	if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY)
		u = type_under(u->elem);
	*is_string = u->kind == TY_STRING;
	*len = u->kind == TY_ARRAY ? u->len : -1;
	switch (u->kind) {
	case TY_STRING: return ty_uint8;
	case TY_ARRAY:
	case TY_SLICE: return u->elem;
	default: return NULL;
	}
}

/* Go spec: Index expressions, on a type parameter without a core type: every type in its set
 * must be a string, array, pointer to array or slice with the same element type. The result is
 * a variable unless a string is among them; constant indices are bounded by the shortest array. */
static bool index_tparam(Node *n, Node *x) {
	TermVec ts;
	if (!type_terms(x->type, &ts) || !ts.len)
		return false;
	Type *elem = NULL;
	bool any_string = false;
	int64_t max = -1;
	for (int i = 0; i < ts.len; i++) {
		bool is_string;
		int64_t len;
		Type *e = term_elem(ts.v[i].type, &is_string, &len);
		if (!e || (elem && e != elem))
			return false;
		elem = e;
		any_string |= is_string;
		max = len >= 0 && (max < 0 || len < max) ? len : max;
	}
	n->type = elem;
	if (!any_string)
		n->flags |= NF_ADDRESSABLE;
	if (!ck_index_value(&n->index.index, "index", max))
		n->type = NULL;
	return true;
}

void ck_index(Node *n) {
	if (ck_generic_index(n))
		return;
	if (n->index.rest.len) {
		ck_expr(&n->index.x);
		if (n->index.x->type)
			diag_error(ck_start(n->index.x), "%s is not a generic function",
				   ck_expr_str(n->index.x));
		return;
	}
	if (!ck_value(&n->index.x))
		return;
	if (!ck_default(&n->index.x))
		return;
	Node *x = n->index.x;
	Type *u = type_core(x->type);
	if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY)
		u = type_under(u->elem), n->flags |= NF_ADDRESSABLE;
	int64_t max = -1;
	switch (u->kind) {
	case TY_STRING:
		if (ck_is_const(x))
			max = (int64_t)x->cval->slen;
		n->type = ty_uint8;
		break;
	case TY_ARRAY:
		max = u->len;
		n->type = u->elem;
		n->flags |= x->flags & NF_ADDRESSABLE;
		break;
	case TY_SLICE:
		n->type = u->elem;
		n->flags |= NF_ADDRESSABLE;
		break;
	case TY_MAP:
		if (ck_value(&n->index.index))
			ck_assign(&n->index.index, u->key, "map index");
		n->type = u->elem;
		return;
	default:
		if (x->type->kind == TY_TYPEPARAM && index_tparam(n, x))
			return;
		diag_error(n->pos, "invalid operation: cannot index %s", ck_operand(x));
		ck_value(&n->index.index);
		return;
	}
	if (!ck_index_value(&n->index.index, "index", max))
		n->type = NULL;
}

void ck_slice_expr(Node *n) {
	if (!ck_value(&n->slice.x))
		return;
	if (!ck_default(&n->slice.x))
		return;
	Node *x = n->slice.x;
	Type *u = type_core_string(x->type);
	int64_t cap = -1;
	switch (u->kind) {
	case TY_STRING:
		if (n->slice.max) {
			diag_error(n->slice.max->pos, "invalid operation: 3-index slice of string");
			return;
		}
		if (ck_is_const(x))
			cap = (int64_t)x->cval->slen;
		n->type = type_is_untyped(x->type) ? ty_string : x->type;
		break;
	case TY_ARRAY:
		if (!(x->flags & NF_ADDRESSABLE)) {
			diag_error(ck_start(x), "invalid operation: %s (slice of unaddressable value)",
				   ck_operand(x));
			return;
		}
		ck_mark_addr_taken(x);
		cap = u->len;
		n->type = type_slice(u->elem);
		break;
	case TY_POINTER:
		if (type_under(u->elem)->kind == TY_ARRAY) {
			cap = type_under(u->elem)->len;
			n->type = type_slice(type_under(u->elem)->elem);
			break;
		}
		/* fallthrough */
	default:
		if (u->kind == TY_SLICE) {
			n->type = x->type;
			break;
		}
		diag_error(ck_start(x), "cannot slice %s", ck_operand(x));
		return;
	}
	Node **idx[3] = {&n->slice.lo, &n->slice.hi, &n->slice.max};
	int64_t vals[3] = {-1, -1, -1};
	for (int i = 0; i < 3; i++) {
		if (!*idx[i])
			continue;
		if (!ck_index_value(idx[i], "index", cap >= 0 ? cap + 1 : -1)) {
			n->type = NULL;
			continue;
		}
		if (ck_is_const(*idx[i]))
			vals[i] = cv_get_int64((*idx[i])->cval);
	}
	for (int i = 0; i < 3; i++)
		for (int j = i + 1; j < 3; j++)
			if (vals[i] >= 0 && vals[j] >= 0 && vals[j] < vals[i]) {
				diag_error(ck_start(*idx[j]), "invalid slice indices: %lld < %lld",
					   (long long)vals[j], (long long)vals[i]);
				n->type = NULL;
				return;
			}
}

/* ---- composite literals (Go spec: Composite literals) -------------------------------------- */

/* An element whose type is elided: `{1, 2}` for T{...}, or for *T, &T{...}. */
static void elt_value(Node **slot, Type *t, const char *context) {
	Node *e = *slot;
	if (e->kind == ND_COMPOSITE && !e->comp.typ) {
		if (type_core(t)->kind == TY_POINTER) {
			ck_composite(e, type_core(t)->elem);
			Node *addr = ast_new(ND_UNARY, e->pos);
			addr->unary.op = TK_AND;
			addr->unary.x = e;
			addr->type = e->type ? type_pointer(e->type) : NULL;
			*slot = addr;
			if (addr->type && addr->type != t)
				*slot = ck_implicit_conv(addr, t);
			return;
		}
		ck_composite(e, t);
		if (e->type && e->type != t)
			*slot = ck_implicit_conv(e, t);
		return;
	}
	if (ck_value(slot))
		ck_assign(slot, t, context);
}

/* The `}` matching the `{` at open: gc reports missing struct values there. The AST keeps only
 * the `{`, so scan the source, skipping nested brackets, literals and comments. */
static Pos closing_brace(Pos open) {
	if (!open.file)
		return open;
	const char *text = open.file->text, *s = text;
	for (int l = 1; l < open.line && *s; s++)
		l += *s == '\n';
	const char *line = s;
	int lineno = open.line, depth = 0;
	for (s += open.col - 1; *s; s++) {
		char c = *s;
		if (c == '\n') {
			lineno++, line = s + 1;
		} else if (c == '"' || c == '\'' || c == '`') {
			for (s++; *s && *s != c; s++) {
				if (*s == '\\' && c != '`' && s[1])
					s++;
				else if (*s == '\n')
					lineno++, line = s + 1;
			}
		} else if (c == '/' && s[1] == '/') {
			while (s[1] && s[1] != '\n')
				s++;
		} else if (c == '{' || c == '(' || c == '[') {
			depth++;
		} else if (c == '}' || c == ')' || c == ']') {
			if (--depth == 0)
				return (Pos){.file = open.file, .line = lineno, .col = (int)(s - line) + 1};
		}
	}
	return open;
}

static void struct_lit(Node *n, Type *t) {
	Type *u = type_core(t);
	NodeVec *elts = &n->comp.elts;
	if (elts->len == 0)
		return;
	bool keyed = elts->v[0]->kind == ND_KEYVALUE;
	for (int i = 0; i < elts->len; i++) {
		Node *e = elts->v[i];
		if ((e->kind == ND_KEYVALUE) != keyed) {
			diag_error(ck_start(e),
				   "mixture of field:value and value elements in struct literal");
			continue;
		}
		if (!keyed) {
			if (i >= u->fields.len) {
				diag_error(ck_start(e), "too many values in %s{…}", type_string(t));
				break;
			}
			elt_value(&elts->v[i], u->fields.v[i].type, "struct literal");
			continue;
		}
		Node *key = e->binary.x;
		if (key->kind != ND_IDENT) {
			diag_error(ck_start(key), "invalid field name %s in struct literal",
				   ck_expr_str(key));
			continue;
		}
		int fi = -1;
		for (int k = 0; k < u->fields.len && fi < 0; k++)
			if (strcmp(u->fields.v[k].name, key->ident.name) == 0)
				fi = k;
		if (fi < 0) {
			diag_error(key->pos, "unknown field '%s' in struct literal of type %s",
				   key->ident.name, type_string(t));
			continue;
		}
		for (int k = 0; k < i; k++) {
			Node *pk = elts->v[k]->kind == ND_KEYVALUE ? elts->v[k]->binary.x : NULL;
			if (pk && pk->kind == ND_IDENT && strcmp(pk->ident.name, key->ident.name) == 0)
				diag_error(ck_start(e), "duplicate field name %s in struct literal",
					   key->ident.name);
		}
		key->type = u->fields.v[fi].type;
		elt_value(&e->binary.y, u->fields.v[fi].type, "struct literal");
		e->type = e->binary.y->type;
	}
	if (!keyed && elts->len < u->fields.len)
		diag_error(closing_brace(n->pos), "too few values in %s{…}", type_string(t));
}

/* Array and slice literals; returns the length (largest index + 1). */
static int64_t array_lit(Node *n, Type *elem, int64_t len) {
	int64_t idx = 0, max = 0;
	NodeVec *elts = &n->comp.elts;
	VEC(int64_t) seen = {0};
	for (int i = 0; i < elts->len; i++) {
		Node **slot = &elts->v[i];
		Node *e = *slot;
		bool valid = false;
		if (e->kind == ND_KEYVALUE) {
			Node **ks = &e->binary.x;
			if (ck_index_value(ks, "index", len)) {
				if (ck_is_const(*ks)) {
					idx = cv_get_int64((*ks)->cval);
					valid = true;
				} else {
					diag_error(ck_start(e), "index %s must be integer constant",
						   ck_expr_str(*ks));
				}
			}
			slot = &e->binary.y;
		} else if (len >= 0 && idx >= len) {
			diag_error(ck_start(e), "index %lld is out of bounds (>= %lld)", (long long)idx,
				   (long long)len);
		} else {
			valid = true;
		}
		for (int k = 0; valid && k < seen.len; k++)
			if (seen.v[k] == idx)
				diag_error(ck_start(e), "duplicate index %lld in array or slice literal",
					   (long long)idx);
		if (valid)
			vec_push(&seen, idx);
		elt_value(slot, elem, "array or slice literal");
		if (e->kind == ND_KEYVALUE)
			e->type = e->binary.y->type;
		idx++;
		if (idx > max)
			max = idx;
	}
	return max;
}

/* A constant key as written, under its implicit conversion to an interface key type. */
static Node *const_key(Node *k) {
	while (k->kind == ND_CONVERT && (k->flags & NF_IMPLICIT))
		k = k->conv.x;
	return k;
}

static uint64_t const_hash(Node *e) {
	uint64_t h = (uint64_t)(uintptr_t)e->type * 0x9E3779B97F4A7C15ull;
	ConstVal *c = e->cval;
	if (c->kind == CV_STRING) {
		for (size_t i = 0; i < c->slen; i++)
			h = (h ^ (unsigned char)c->s[i]) * 0x100000001B3ull;
	} else if (c->kind == CV_BOOL) {
		h ^= c->b;
	} else { /* numbers: equal exact values round to the same double */
		double d = cv_get_double(c);
		uint64_t bits;
		d = d == 0 ? 0 : d; /* -0 and +0 */
		memcpy(&bits, &d, sizeof bits);
		h ^= bits;
	}
	/* splitmix64's finaliser: every input bit reaches the low bits the table uses */
	h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
	h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
	return h ^ (h >> 31);
}

static bool const_equal(Node *a, Node *b) {
	return a->type == b->type && cv_compare(TK_EQL, a->cval, b->cval);
}

static void const_set_grow(ConstSet *set) {
	Node **old = set->slots;
	int old_cap = set->cap;
	set->cap = old_cap ? old_cap * 2 : 64;
	set->slots = xalloc(sizeof(Node *) * (size_t)set->cap);
	for (int i = 0; i < old_cap; i++) {
		if (!old[i])
			continue;
		size_t j = const_hash(old[i]) & (size_t)(set->cap - 1);
		while (set->slots[j])
			j = (j + 1) & (size_t)(set->cap - 1);
		set->slots[j] = old[i];
	}
}

Node *ck_const_set_add(ConstSet *set, Node *e) {
	if (2 * (set->len + 1) > set->cap)
		const_set_grow(set);
	size_t mask = (size_t)set->cap - 1, j = const_hash(e) & mask;
	for (; set->slots[j]; j = (j + 1) & mask)
		if (const_equal(set->slots[j], e))
			return set->slots[j];
	set->slots[j] = e;
	set->len++;
	return NULL;
}

static void map_lit(Node *n, Type *t) {
	Type *u = type_core(t);
	NodeVec *elts = &n->comp.elts;
	ConstSet keys = {0}; /* the constant keys so far */
	for (int i = 0; i < elts->len; i++) {
		Node *e = elts->v[i];
		if (e->kind != ND_KEYVALUE) {
			diag_error(ck_start(e), "missing key in map literal");
			continue;
		}
		elt_value(&e->binary.x, u->key, "map literal");
		elt_value(&e->binary.y, u->elem, "map literal");
		Node *k = const_key(e->binary.x);
		if (ck_is_const(k) && ck_const_set_add(&keys, k))
			diag_error(ck_start(k), "duplicate key %s in map literal", ck_expr_str(k));
	}
}

void ck_composite(Node *n, Type *hint) {
	Node *tn = n->comp.typ;
	Type *t = hint;
	bool open_array = false;
	if (tn) {
		if (tn->kind == ND_ARRAYTYPE && tn->arraytype.len && tn->arraytype.len->kind == ND_ELLIPSIS) {
			t = ck_type(tn->arraytype.elem);
			open_array = true;
		} else {
			t = ck_type(tn);
		}
		if (!t)
			return;
	} else if (!t) {
		diag_error(n->pos, "missing type in composite literal");
		return;
	}
	if (open_array) {
		int64_t len = array_lit(n, t, -1);
		n->type = type_array(t, len);
		tn->type = n->type;
		return;
	}
	Type *u = type_core(t);
	switch (u->kind) {
	case TY_STRUCT: struct_lit(n, t); break;
	case TY_ARRAY: array_lit(n, u->elem, u->len); break;
	case TY_SLICE: ck_check_size(n->pos, type_array(u->elem, array_lit(n, u->elem, -1))); break;
	case TY_MAP: map_lit(n, t); break;
	default: diag_error(ck_start(n), "invalid composite literal type %s", type_string(t)); return;
	}
	n->type = t;
}

/* ---- function literals and captures ----------------------------------------------------------- */

static FuncVec literals; /* appended to Package.funcs after the top-level functions */
static int nglobal_lits;

void ck_flush_literals(void) {
	for (int i = 0; i < literals.len; i++)
		vec_push(&ck.pkg->funcs, literals.v[i]);
	literals.len = 0;
	nglobal_lits = 0;
}

/* gc's names: main.func1 inside main, main.func1.1 inside that, glob..func1 at package level
 * (each after the package's symbol prefix). */
static const char *literal_link_name(Func *outer) {
	const char *glob = fmt("%s.glob..", ck.pkg->link);
	if (!outer)
		return fmt("%sfunc%d", glob, ++nglobal_lits);
	int k = outer->literals.len + 1;
	if (outer->outer || strncmp(outer->link_name, glob, strlen(glob)) == 0)
		return fmt("%s.%d", outer->link_name, k);
	return fmt("%s.func%d", outer->link_name, k);
}

void ck_func_lit(Node *n) {
	if (n->func.fn) {
		/* already checked: one Func record per literal, always. A constant spec's repetition
		 * checks a clone, whose type was cleared (`y` in `const (x = unsafe.Sizeof(func() {}); y)`). */
		n->type = n->func.fn->type;
		return;
	}
	Func *outer = ck.fn;
	const char *link = literal_link_name(outer);
	Func *fn = ck_new_func(n, link + strlen(ck.pkg->link) + 1, link);
	fn->outer = outer;
	fn->origin = outer ? outer->origin : NULL;
	fn->generic = outer && outer->generic;
	if (outer)
		vec_push(&outer->literals, fn);
	fn->type = ck_signature(n->func.ftype, NULL, NULL);
	if (!fn->type)
		return;
	n->type = fn->type;
	if (!fn->generic)
		vec_push(&literals, fn);
	ck_func_body(fn);
}

/* A variable of an enclosing function used inside a literal is captured by that literal and by
 * every literal between them. */
void ck_note_capture(Symbol *var) {
	if (!var->func)
		return;
	for (Func *f = ck.fn; f && f != var->func; f = f->outer) {
		bool have = false;
		for (int i = 0; i < f->captures.len && !have; i++)
			have = f->captures.v[i].var == var;
		if (!have)
			vec_push(&f->captures, ((Capture){.var = var}));
	}
}

/* ---- type assertions and type switches ------------------------------------------------------- */

static bool assertable(Node *at, Node *x, Type *t, bool in_switch) {
	if (type_is_interface(t))
		return true;
	if (ck_mentions_tparam(in_switch ? at : at->assert.typ))
		return true; /* x.(T) in an instance: decided at run time, as in the generic body */
	const char *reason = NULL;
	if (type_implements(t, x->type, &reason))
		return true;
	/* reason reads "T does not implement I (cause)" */
	const char *prefix = fmt("%s does not implement %s ", type_string(t), type_string(x->type));
	const char *cause =
	    reason && strncmp(reason, prefix, strlen(prefix)) == 0 ? reason + strlen(prefix) : "";
	if (in_switch)
		diag_error(ck_start(at),
			   "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
			   ck_expr_str(at), ck_operand(x), type_string(t), cause);
	else
		diag_error(ck_start(at), "impossible type assertion: %s\n\t%s does not implement %s %s",
			   ck_expr_str(at), type_string(t), type_string(x->type), cause);
	return false;
}

void ck_type_assert(Node *n) {
	if (!n->assert.typ) {
		diag_error(n->pos, "use of .(type) outside type switch");
		return;
	}
	if (!ck_value(&n->assert.x))
		return;
	Node *x = n->assert.x;
	if (x->type->kind == TY_TYPEPARAM) {
		diag_error(ck_start(x),
			   "invalid operation: cannot use type assertion on type parameter value %s",
			   ck_operand(x));
		return;
	}
	if (!type_is_interface(x->type)) {
		diag_error(ck_start(x), "invalid operation: %s is not an interface", ck_operand(x));
		return;
	}
	Type *t = ck_type(n->assert.typ);
	if (t && assertable(n, x, t, false))
		n->type = t;
}

/* TypeSwitchStmt: `switch [init;] [v :=] x.(type) { case T1, T2: ... }`. In a clause with one
 * type, v has that type; otherwise it has x's type. Each clause gets its own v (caseclause.bind). */
void ck_type_switch(Node *n, const char *label) {
	Scope *outer = ck.scope;
	ck.scope = scope_new(ck.scope, ck.fn);
	n->sw.label = label;
	if (n->sw.init)
		ck_stmt(&n->sw.init);
	Node *guard = n->sw.tag;
	Node **xs = guard->kind == ND_TYPEASSERT ? &guard->assert.x : &n->sw.tag;
	bool ok = ck_value(xs);
	Node *x = *xs;
	if (ok && x->type->kind == TY_TYPEPARAM) {
		diag_error(ck_start(x), "cannot use type switch on type parameter value %s", ck_operand(x));
		ok = false;
	} else if (ok && !type_is_interface(x->type)) {
		diag_error(ck_start(x), "%s is not an interface", ck_operand(x));
		ok = false;
	}
	if (ok)
		guard->type = x->type;
	Target t = {.stmt = n, .label = label, .outer = ck.targets};
	ck.targets = &t;
	Node *bind = n->sw.bind;
	bool bind_used = false;
	VEC(Type *) seen_types = {0};
	NodeVec seen_nodes = {0};
	for (int i = 0; i < n->sw.clauses.len; i++) {
		Node *c = n->sw.clauses.v[i];
		Type *single = NULL;
		bool bad_case = false;
		for (int j = 0; j < c->caseclause.list.len; j++) {
			Node *e = c->caseclause.list.v[j];
			Type *ct = NULL;
			if (ck_is_nil(e) || (e->kind == ND_IDENT && strcmp(e->ident.name, "nil") == 0 &&
					     scope_lookup(ck.scope, "nil")->kind == SYM_NIL)) {
				e->ident.sym = scope_lookup(ck.scope, "nil");
				e->type = ok ? x->type : NULL;
			} else {
				ct = ck_type(e);
				bad_case |= !ct;
				if (ct && ok)
					assertable(e, x, ct, true);
			}
			bool is_nil = e->kind == ND_IDENT && e->ident.sym && e->ident.sym->kind == SYM_NIL;
			Type *key = ct ? ct : is_nil ? ty_untyped_nil : NULL;
			for (int k = 0; key && k < seen_types.len; k++)
				if (seen_types.v[k] == key && !ck_mentions_tparam(e) &&
				    !ck_mentions_tparam(seen_nodes.v[k])) {
					diag_error(ck_start(e),
						   "duplicate case %s in type switch\n\t%s: previous case",
						   ct ? type_string(ct) : "nil",
						   pos_str(ck_start(seen_nodes.v[k])));
					key = NULL;
				}
			if (key) {
				vec_push(&seen_types, key);
				vec_push(&seen_nodes, e);
			}
			single = c->caseclause.list.len == 1 ? ct : NULL;
		}
		ck.scope = scope_new(ck.scope, ck.fn);
		if (bind) {
			/* after an error the variable has no type: its uses are silently invalid */
			Type *vt = !ok || bad_case ? NULL : single ? single : x->type;
			Node *id = NEW(Node);
			*id = *bind;
			Symbol *v = ck_declare_var(id, vt, ck.scope);
			v->decl = c;
			c->caseclause.bind = v;
			vec_push(&ck.fn->locals, v);
			v->used = false;
			ck_block_stmts(&c->caseclause.body);
			bind_used |= v->used || !vt;
			v->used = true;
		} else {
			ck_block_stmts(&c->caseclause.body);
		}
		ck.scope = ck.scope->parent;
	}
	if (bind && ok && !bind_used && strcmp(bind->ident.name, "_") != 0)
		diag_error(bind->pos, "%s declared but not used", bind->ident.name);
	ck.targets = t.outer;
	ck.scope = outer;
}
