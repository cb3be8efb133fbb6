/* cg_static.c: values known at compile time as LLVM constants (gc's staticinit package).
 *
 * Input: the package's global initialisers in initialisation order, and composite literals.
 * Output: for each package-level `x = e` whose e is "static", an LLVM initializer on x's global
 * and no code in main..init; Cg.dyn_inits keeps the others, in order, for cg_gen_init. Inside
 * functions, a struct/array/slice literal whose elements are all constants is copied from a
 * read-only global instead of being stored element by element (cg_static_literal).
 *
 * Static means (Go spec: Package initialization; a static value observes nothing, so building it
 * before any initialiser runs cannot be seen):
 *   constants; nil; top-level functions and function literals without captures;
 *   T{...} of arrays and structs whose elements are static;
 *   []T{...} of static elements      -> a backing global `.stmp` + { ptr, len, cap }
 *   &T{...} of static elements       -> a global object `.stmp`, the value is its address
 *   &x of a package-level variable x -> x's global
 *   a copy of a package-level variable x whose value can only be its static initializer (x is
 *   itself static, never assigned again, never addressed, and not a struct or array, which could
 *   change field by field; unlike gc, which copies any static x and so misses an earlier
 *   initialiser's assignment to x);
 *   conversions that keep the representation, and boxing a static value in an interface (the
 *   type descriptor or itab, and the value itself or a read-only copy of it).
 * Maps, calls and everything else stay dynamic. In `local` mode (a literal evaluated each time a
 * function runs) only values that create no mutable object qualify: no slices, no &T{...}.
 *
 * Globals are scanned by Boehm as roots (the data segment), so a heap object stored later into a
 * static object stays alive.
 */
#include <string.h>

#include "cg_data.h"

static bool is_static(Cg *cg, Node *n, bool local);
static LLVMValueRef static_value(Cg *cg, Node *n);

/* ---- which values are static ------------------------------------------------------------------ */

static bool is_blank_ident(Node *n) { return n->kind == ND_IDENT && strcmp(n->ident.name, "_") == 0; }

/* x's value is its static initializer wherever x is read. */
static bool copy_is_static(Cg *cg, Symbol *s) {
	TypeKind k = type_under(s->type)->kind;
	return s->is_global && !s->pkg && cg_global_defined_here(cg, s) && !s->reassigned && !s->addr_taken &&
	       k != TY_STRUCT && k != TY_ARRAY && !type_is_complex(s->type) && !s->dyn_init;
}

static bool ident_is_static(Cg *cg, Symbol *s) {
	switch (s->kind) {
	case SYM_NIL: return true;
	case SYM_FUNC: return s->func != NULL; /* not a function of a package gosub implements */
	case SYM_VAR: return copy_is_static(cg, s);
	default: return false;
	}
}

static bool elems_are_static(Cg *cg, Node *lit, bool local) {
	for (int i = 0; i < lit->comp.elts.len; i++) {
		Node *e = lit->comp.elts.v[i];
		if (e->kind == ND_KEYVALUE)
			e = e->binary.y;
		if (!is_static(cg, e, local))
			return false;
	}
	return true;
}

/* A big array with few elements set ([1 << 24]byte{42, 7: 9}) stays zero in the bss and gets
 * its few elements at run time, rather than becoming megabytes of initialized data. */
static bool is_sparse(Node *lit, Type *u) {
	return u->kind == TY_ARRAY && u->len > 4096 && u->len / 8 > lit->comp.elts.len;
}

/* T{...}; the element literal of a []*T whose &T was elided has type *T. */
static bool composite_is_static(Cg *cg, Node *n, bool local) {
	Type *u = type_under(n->type);
	if (is_sparse(n, u) || (u->kind == TY_POINTER && is_sparse(n, type_under(u->elem))))
		return false;
	if (u->kind == TY_POINTER) {
		TypeKind k = type_under(u->elem)->kind;
		return !local && (k == TY_STRUCT || k == TY_ARRAY) && elems_are_static(cg, n, local);
	}
	if (u->kind == TY_SLICE && local)
		return false;
	return (u->kind == TY_STRUCT || u->kind == TY_ARRAY || u->kind == TY_SLICE) &&
	       elems_are_static(cg, n, local);
}

/* &T{...} (a new object) or &x (x package-level). */
static bool addr_is_static(Cg *cg, Node *x, bool local) {
	if (x->kind == ND_COMPOSITE)
		return !local && type_under(x->type)->kind != TY_MAP && composite_is_static(cg, x, local);
	if (x->kind == ND_IDENT && x->ident.sym->kind == SYM_VAR)
		return x->ident.sym->is_global && !x->ident.sym->pkg && x->ident.sym->owner;
	return false;
}

static bool convert_is_static(Cg *cg, Node *n, bool local) {
	Type *from = n->conv.x->type, *to = n->type;
	if (from->kind == TY_UNTYPED_NIL)
		return true;
	if (type_is_interface(from))
		return false;
	if (type_is_interface(to)) { /* boxing: the data word is a pointer or a copy */
		bool word = cg_type(cg, from) == cg->t_ptr || !type_is_direct_iface(from);
		return word && !type_is_complex(from) && is_static(cg, n->conv.x, local);
	}
	return cg_type(cg, from) == cg_type(cg, to) && is_static(cg, n->conv.x, local);
}

static bool has_const_value(Node *n) {
	return n->cval && n->type && !type_is_interface(n->type) && n->type->kind != TY_TUPLE;
}

static bool is_static(Cg *cg, Node *n, bool local) {
	n = ast_unparen(n);
	if (has_const_value(n))
		return !type_is_complex(n->type);
	switch (n->kind) {
	case ND_IDENT: return n->ident.sym && ident_is_static(cg, n->ident.sym);
	case ND_COMPOSITE: return composite_is_static(cg, n, local);
	case ND_UNARY: return n->unary.op == TK_AND && addr_is_static(cg, ast_unparen(n->unary.x), local);
	case ND_CONVERT: return convert_is_static(cg, n, local);
	case ND_FUNCLIT: return n->func.fn->captures.len == 0;
	default: return false;
	}
}

/* ---- building the constants --------------------------------------------------------------------- */

/* A new writable global holding `init` (a static object or backing array, gc's `stmp`). */
static LLVMValueRef new_object(Cg *cg, LLVMValueRef init) {
	LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), fmt("%s..stmp", cg->pkg->name));
	LLVMSetInitializer(g, init);
	LLVMSetLinkage(g, LLVMInternalLinkage);
	return g;
}

/* A read-only global holding `init` (boxed values, local literals' images). */
static LLVMValueRef new_rodata(Cg *cg, LLVMValueRef init, const char *name) {
	LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
	return g;
}

/* { f0, f1, ... } with the padding members of cg_type's layout zero. */
static LLVMValueRef struct_const(Cg *cg, Node *lit, Type *t) {
	Type *st = type_under(t);
	LLVMTypeRef ty = cg_type(cg, t);
	unsigned nm = LLVMCountStructElementTypes(ty);
	LLVMValueRef *v = xalloc(sizeof *v * (nm + 1));
	for (unsigned i = 0; i < nm; i++)
		v[i] = LLVMConstNull(LLVMStructGetTypeAtIndex(ty, i));
	for (int i = 0; i < lit->comp.elts.len; i++) {
		Node *e = lit->comp.elts.v[i];
		int fi = i;
		if (e->kind == ND_KEYVALUE) {
			fi = cgd_field_by_name(st, ast_unparen(e->binary.x)->ident.name);
			e = e->binary.y;
		}
		v[cg_field_index(cg, st, fi)] = static_value(cg, e);
	}
	return LLVMConstNamedStruct(ty, v, nm);
}

/* [len x T] [ e0, e1, ... ]: keyed elements at their index, the others zero. */
static LLVMValueRef array_const(Cg *cg, Node *lit, Type *elem, int64_t len) {
	LLVMTypeRef et = cg_type(cg, elem);
	if (lit->comp.elts.len == 0)
		return LLVMConstNull(LLVMArrayType2(et, (uint64_t)len));
	LLVMValueRef *v = xalloc(sizeof *v * (size_t)(len + 1));
	LLVMValueRef zero = LLVMConstNull(et);
	for (int64_t i = 0; i < len; i++)
		v[i] = zero;
	int64_t idx = -1;
	for (int i = 0; i < lit->comp.elts.len; i++) {
		Node *e = lit->comp.elts.v[i];
		idx = cgd_elem_index(e, idx);
		v[idx] = static_value(cg, e->kind == ND_KEYVALUE ? e->binary.y : e);
	}
	return LLVMConstArray2(et, v, (uint64_t)len);
}

/* The struct or array literal `lit` as a value of type t. */
static LLVMValueRef aggregate_const(Cg *cg, Node *lit, Type *t) {
	Type *u = type_under(t);
	if (u->kind == TY_STRUCT)
		return struct_const(cg, lit, t);
	return array_const(cg, lit, u->elem, u->len);
}

/* []T{...}: { ptr @stmp, len, len } over a backing global [len x T]. */
static LLVMValueRef slice_const(Cg *cg, Node *lit) {
	int64_t len = cgd_literal_len(lit);
	LLVMValueRef backing = new_object(cg, array_const(cg, lit, type_under(lit->type)->elem, len));
	LLVMValueRef parts[] = {backing, cgd_i64(cg, len), cgd_i64(cg, len)};
	return LLVMConstNamedStruct(cg->t_slice, parts, 3);
}

static LLVMValueRef composite_const(Cg *cg, Node *n) {
	Type *u = type_under(n->type);
	if (u->kind == TY_SLICE)
		return slice_const(cg, n);
	if (u->kind == TY_POINTER)
		return new_object(cg, aggregate_const(cg, n, u->elem));
	return aggregate_const(cg, n, n->type);
}

static LLVMValueRef addr_const(Cg *cg, Node *x) {
	if (x->kind == ND_IDENT)
		return cg_global(cg, x->ident.sym);
	if (type_under(x->type)->kind == TY_SLICE)
		return new_object(cg, slice_const(cg, x));
	return new_object(cg, aggregate_const(cg, x, x->type));
}

/* An interface holding a static value:
 *   { ptr @type.T (or @go.itab.T,I), ptr <the pointer itself> | @box.const (a read-only copy) } */
static LLVMValueRef iface_const(Cg *cg, Type *from, Type *to, Node *x) {
	LLVMValueRef v = static_value(cg, x);
	LLVMValueRef tab = type_under(to)->methods.len == 0 ? cg_typedesc(cg, from) : cg_itab(cg, from, to);
	LLVMValueRef data = LLVMTypeOf(v) == cg->t_ptr ? v : new_rodata(cg, v, "box.const");
	LLVMValueRef parts[] = {tab, data};
	return LLVMConstNamedStruct(cg->t_iface, parts, 2);
}

static LLVMValueRef convert_const(Cg *cg, Node *n) {
	Type *from = n->conv.x->type;
	if (from->kind == TY_UNTYPED_NIL)
		return LLVMConstNull(cg_type(cg, n->type));
	if (type_is_interface(n->type))
		return iface_const(cg, from, n->type, n->conv.x);
	return static_value(cg, n->conv.x);
}

static LLVMValueRef ident_const(Cg *cg, Node *n) {
	Symbol *s = n->ident.sym;
	if (s->kind == SYM_FUNC)
		return cg_func_value(cg, s->func);
	if (s->kind == SYM_VAR)
		return LLVMGetInitializer(cg_global(cg, s));
	return LLVMConstNull(cg_type(cg, n->type));
}

/* The constant of a node is_static accepted. */
static LLVMValueRef static_value(Cg *cg, Node *n) {
	n = ast_unparen(n);
	if (has_const_value(n))
		return cg_const(cg, n->cval, n->type);
	switch (n->kind) {
	case ND_IDENT: return ident_const(cg, n);
	case ND_COMPOSITE: return composite_const(cg, n);
	case ND_UNARY: return addr_const(cg, ast_unparen(n->unary.x));
	case ND_CONVERT: return convert_const(cg, n);
	case ND_FUNCLIT: return cg_func_value(cg, n->func.fn);
	default: unreachable();
	}
}

/* ---- package-level variables ------------------------------------------------------------------- */

/* `x = e` with a static e: x's global gets e as its initializer (a blank x: nothing at all). */
static bool static_init(Cg *cg, Node *st) {
	if (st->kind != ND_ASSIGN || !is_static(cg, st->assign.rhs.v[0], false))
		return false;
	Node *lhs = ast_unparen(st->assign.lhs.v[0]);
	if (is_blank_ident(lhs))
		return true;
	LLVMValueRef g = cg_global(cg, lhs->ident.sym), v = static_value(cg, st->assign.rhs.v[0]);
	if (LLVMTypeOf(v) != LLVMGlobalGetValueType(g))
		fatal("%s: static initializer of the wrong LLVM type", pos_str(st->pos));
	LLVMSetInitializer(g, v);
	return true;
}

static void mark_dynamic(Node *st) {
	NodeVec *names = st->kind == ND_ASSIGN ? &st->assign.lhs : &st->valuespec.names;
	for (int i = 0; i < names->len; i++) {
		Node *id = ast_unparen(names->v[i]);
		if (id->kind == ND_IDENT && id->ident.sym)
			id->ident.sym->dyn_init = true;
	}
}

/* Requires: every global declared (cg_globals). Provides: static initializers, Cg.dyn_inits. */
void cg_static_globals(Cg *cg) {
	NodeVec *inits = &cg->pkg->global_inits;
	for (int i = 0; i < inits->len; i++) {
		if (static_init(cg, inits->v[i]))
			continue;
		vec_push(&cg->dyn_inits, inits->v[i]);
		mark_dynamic(inits->v[i]);
	}
}

/* ---- literals inside functions ------------------------------------------------------------------- */

enum { STATIC_LITERAL_MIN = 32 }; /* bytes: smaller literals are a few stores (gc's CanSSA) */

/* A struct or array literal of constants, bigger than a few words: a read-only image of it, for
 * its initialisation to be one memcpy (gc's "static readonly symbol + copy"); else NULL. A sparse
 * one is zeroed and gets its few elements stored instead of an image of megabytes of zeros. */
LLVMValueRef cg_static_literal(Cg *cg, Node *lit, Type *t) {
	if (type_size(t) <= STATIC_LITERAL_MIN || is_sparse(lit, type_under(t)) ||
	    !elems_are_static(cg, lit, true))
		return NULL;
	return new_rodata(cg, aggregate_const(cg, lit, t), ".lit");
}

/* A map literal's entries as two read-only arrays (keys, elements), when all are static. */
bool cg_static_map_entries(Cg *cg, Node *lit, LLVMValueRef *keys, LLVMValueRef *elems) {
	Type *mu = type_under(lit->type);
	int n = lit->comp.elts.len;
	for (int i = 0; i < n; i++)
		if (!is_static(cg, lit->comp.elts.v[i]->binary.x, true) ||
		    !is_static(cg, lit->comp.elts.v[i]->binary.y, true))
			return false;
	LLVMValueRef *k = xalloc(sizeof *k * (size_t)n), *v = xalloc(sizeof *v * (size_t)n);
	for (int i = 0; i < n; i++) {
		k[i] = static_value(cg, lit->comp.elts.v[i]->binary.x);
		v[i] = static_value(cg, lit->comp.elts.v[i]->binary.y);
	}
	*keys = new_rodata(cg, LLVMConstArray2(cg_type(cg, mu->key), k, (uint64_t)n), "map.keys");
	*elems = new_rodata(cg, LLVMConstArray2(cg_type(cg, mu->elem), v, (uint64_t)n), "map.elems");
	return true;
}
