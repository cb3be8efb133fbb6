/* cg_composite.c: composite literals, &T{...} and new(T) (Go spec: Composite literals,
 * Allocation).
 *
 * Input: a checked ND_COMPOSITE (and its ND_UNARY '&', or a new(T) call). Output: the literal's
 * value, or the address of a fresh object holding it. Every literal is built in memory: the
 * object is zeroed, then each element is stored at its field or index, nested literals in place.
 * The memory is a temporary for a plain value, and for &T{...}, new(T) and the backing array of
 * a slice literal whatever escape/ decided for the site (cgd_alloc_site). Map literals are
 * cg_map.c's.
 */
#include <string.h>

#include "cg_data.h"

static void init_at(Cg *cg, Node *n, LLVMValueRef addr, bool zeroed);

int cgd_field_by_name(Type *st, const char *name) {
	for (int i = 0; i < st->fields.len; i++)
		if (strcmp(st->fields.v[i].name, name) == 0)
			return i;
	fatal("no field %s in %s", name, type_string(st));
}

/* Store one element's value at addr: a nested struct or array literal is built in place. */
static void store_elem(Cg *cg, Type *t, Node *v, LLVMValueRef addr) {
	Node *u = ast_unparen(v);
	int k = type_under(t)->kind;
	if (u->kind == ND_COMPOSITE && u->type == t && (k == TY_STRUCT || k == TY_ARRAY)) {
		init_at(cg, u, addr, true);
		return;
	}
	cg_store(cg, t, cg_expr(cg, v), addr);
}

/* T{f: v, ...} or T{v0, v1, ...} (Go spec: Composite literals) */
static void init_struct(Cg *cg, Node *n, Type *st, LLVMValueRef addr) {
	for (int i = 0; i < n->comp.elts.len; i++) {
		Node *e = n->comp.elts.v[i];
		int fi = i;
		if (e->kind == ND_KEYVALUE) {
			fi = cgd_field_by_name(st, ast_unparen(e->binary.x)->ident.name);
			e = e->binary.y;
		}
		store_elem(cg, st->fields.v[fi].type, e, cg_field_ptr(cg, st, addr, fi));
	}
}

/* The index of each element: its constant key, or one more than the previous element's. */
int64_t cgd_elem_index(Node *e, int64_t prev) {
	if (e->kind == ND_KEYVALUE)
		return cv_get_int64(e->binary.x->cval);
	return prev + 1;
}

/* The length of a slice literal's backing array: one past the largest index. */
int64_t cgd_literal_len(Node *n) {
	int64_t idx = -1, max = -1;
	for (int i = 0; i < n->comp.elts.len; i++) {
		idx = cgd_elem_index(n->comp.elts.v[i], idx);
		if (idx > max)
			max = idx;
	}
	return max + 1;
}

static void init_elems(Cg *cg, Node *n, Type *elem, LLVMValueRef addr) {
	int64_t idx = -1;
	for (int i = 0; i < n->comp.elts.len; i++) {
		Node *e = n->comp.elts.v[i];
		idx = cgd_elem_index(e, idx);
		if (e->kind == ND_KEYVALUE)
			e = e->binary.y;
		store_elem(cg, elem, e, cgd_elem_addr(cg, elem, addr, cgd_i64(cg, idx)));
	}
}

/* A literal of constants bigger than a few words is one copy of its read-only image
 * (cg_static.c), as gc does:  call @llvm.memcpy(ptr %addr, ptr @.lit, i64 size) */
static bool init_from_image(Cg *cg, Node *lit, Type *t, LLVMValueRef addr) {
	LLVMValueRef image = cg_static_literal(cg, lit, t);
	if (!image)
		return false;
	unsigned align = (unsigned)type_align(t);
	LLVMBuildMemCpy(cg->b, addr, align, image, align, cgd_i64(cg, type_size(t)));
	return true;
}

/* Build struct or array literal n at addr (already zero when `zeroed`). */
static void init_at(Cg *cg, Node *n, LLVMValueRef addr, bool zeroed) {
	Type *u = type_under(n->type);
	if (init_from_image(cg, n, n->type, addr))
		return;
	if (!zeroed)
		cgd_zero_mem(cg, n->type, addr);
	if (u->kind == TY_STRUCT)
		init_struct(cg, n, u, addr);
	else
		init_elems(cg, n, u->elem, addr);
}

void cgd_composite_init(Cg *cg, Node *n, LLVMValueRef addr) { init_at(cg, n, addr, false); }

/* []T{...}: the backing array is the allocation site; the slice is { arr, n, n }. */
static LLVMValueRef slice_literal(Cg *cg, Node *n) {
	Type *elem = type_under(n->type)->elem;
	int64_t len = cgd_literal_len(n);
	if (len == 0 && n->comp.elts.len == 0) {
		/* []T{} is not nil: it points at a zero-size object */
		LLVMValueRef p = cgd_alloc_bytes(cg, n, cg->t_i8, 0, true, "slicelit");
		return cgd_make_slice(cg, p, cgd_i64(cg, 0), cgd_i64(cg, 0));
	}
	LLVMValueRef arr = cgd_alloc_site(cg, n, type_array(elem, len), "slicelit");
	if (!init_from_image(cg, n, type_array(elem, len), arr))
		init_elems(cg, n, elem, arr);
	return cgd_make_slice(cg, arr, cgd_i64(cg, len), cgd_i64(cg, len));
}

/* &T{...}, or an element literal whose `&T` was elided (its type is then *T). */
static LLVMValueRef new_literal(Cg *cg, Node *site, Node *lit, Type *t) {
	LLVMValueRef p = cgd_alloc_site(cg, site, t, "lit");
	Type *u = type_under(t);
	if ((u->kind == TY_STRUCT || u->kind == TY_ARRAY) && init_from_image(cg, lit, t, p))
		return p;
	if (u->kind == TY_STRUCT)
		init_struct(cg, lit, u, p);
	else if (u->kind == TY_ARRAY)
		init_elems(cg, lit, u->elem, p);
	else
		cg_store(cg, t, cg_expr(cg, lit), p);
	return p;
}

LLVMValueRef cgd_composite(Cg *cg, Node *n) {
	Type *u = type_under(n->type);
	switch (u->kind) {
	case TY_MAP: return cgd_map_literal(cg, n);
	case TY_SLICE: return slice_literal(cg, n);
	case TY_POINTER: return new_literal(cg, n, n, u->elem);
	default: {
		LLVMValueRef tmp = cg_entry_alloca(cg, cg_type(cg, n->type), "lit");
		init_at(cg, n, tmp, false);
		return cg_load(cg, n->type, tmp, "lit");
	}
	}
}

/* &T{...}: the ND_UNARY '&' node is the allocation site. &[]T{...} and &map... take the
 * address of a fresh variable holding the slice or map. */
LLVMValueRef cgd_composite_addr(Cg *cg, Node *amp) {
	Node *lit = ast_unparen(amp->unary.x);
	return new_literal(cg, amp, lit, lit->type);
}

/* new(T) */
LLVMValueRef cgd_new(Cg *cg, Node *call) {
	return cgd_alloc_site(cg, call, type_under(call->type)->elem, "new");
}
