/* cg_index.c: index and slice expressions on strings, arrays, pointers to arrays and slices
 * (Go spec: Index expressions, Slice expressions).
 *
 * Input: a checked ND_INDEX or ND_SLICE. Output: the element's value or address, or the new
 * string or slice. Every index is bounds-checked with one unsigned comparison (a negative index
 * is a huge unsigned number) whose failing branch calls the runtime panic with gc's message;
 * LLVM removes the checks it can prove. Map indexes are cg_map.c's.
 */
#include "cg_data.h"

/* An index operand as i64 (Go allows any integer type). */
static LLVMValueRef index_value(Cg *cg, Node *i) {
	LLVMValueRef v = cg_expr(cg, i);
	LLVMTypeRef ty = LLVMTypeOf(v);
	if (LLVMGetIntTypeWidth(ty) == 64)
		return v;
	if (type_is_unsigned(i->type))
		return LLVMBuildZExt(cg->b, v, cg->t_i64, "idx");
	return LLVMBuildSExt(cg->b, v, cg->t_i64, "idx");
}

/* An index of a 64-bit unsigned type, which gc's bounds message prints as unsigned. */
static bool wide_unsigned(Node *i) { return type_is_unsigned(i->type) && type_size(i->type) == 8; }

/* The address of an array operand (or of the array a pointer operand points to). A nil
 * pointer indexed by a constant (index, of elements elem; NULL for a slice expression) faults,
 * as in gc, at the element's address (cg_check_nil_at). */
static LLVMValueRef array_base(Cg *cg, Node *x, Node *index, Type *elem) {
	Type *t;
	if (type_under(x->type)->kind != TY_POINTER || !index || !index->cval)
		return cgd_operand_addr(cg, x, &t);
	LLVMValueRef p = cg_expr(cg, x);
	cg_check_nil_at(cg, p, cv_get_int64(index->cval) * type_size(elem));
	return p;
}

/* &x[i] for an array, pointer to array or slice x. */
LLVMValueRef cgd_index_addr(Cg *cg, Node *n) {
	Node *x = n->index.x;
	Type *xt = type_under(x->type);
	if (xt->kind == TY_MAP)
		return cgd_map_slot(cg, n);
	if (xt->kind == TY_SLICE) {
		LLVMValueRef s = cg_expr(cg, x);
		LLVMValueRef i = index_value(cg, n->index.index);
		cg_check_index(cg, i, LLVMBuildExtractValue(cg->b, s, 1, "len"),
			       wide_unsigned(n->index.index));
		return cgd_elem_addr(cg, xt->elem, LLVMBuildExtractValue(cg->b, s, 0, "ptr"), i);
	}
	Type *at = xt->kind == TY_POINTER ? type_under(xt->elem) : xt;
	LLVMValueRef base = array_base(cg, x, n->index.index, at->elem);
	LLVMValueRef i = index_value(cg, n->index.index);
	cg_check_index(cg, i, cgd_i64(cg, at->len), wide_unsigned(n->index.index));
	return cgd_elem_addr(cg, at->elem, base, i);
}

/* s[i]: the byte at i, after the bounds check. */
static LLVMValueRef string_index(Cg *cg, Node *n) {
	LLVMValueRef s = cg_expr(cg, n->index.x);
	LLVMValueRef i = index_value(cg, n->index.index);
	cg_check_index(cg, i, LLVMBuildExtractValue(cg->b, s, 1, "len"), wide_unsigned(n->index.index));
	LLVMValueRef p = cgd_elem_addr(cg, ty_uint8, LLVMBuildExtractValue(cg->b, s, 0, "ptr"), i);
	return LLVMBuildLoad2(cg->b, cg->t_i8, p, "byte");
}

LLVMValueRef cgd_index(Cg *cg, Node *n) {
	Type *xt = type_under(n->index.x->type);
	if (xt->kind == TY_STRING)
		return string_index(cg, n);
	if (xt->kind == TY_MAP)
		return cgd_map_index(cg, n);
	return cg_load(cg, n->type, cgd_index_addr(cg, n), "elem");
}

/* ---- slice expressions ---- */

typedef struct SliceParts {
	LLVMValueRef ptr, len, cap;
	Type *elem;
	bool is_string;
	bool is_array; /* an array or pointer to array: gc's messages say "length", not "capacity" */
} SliceParts;

static SliceParts slice_operand(Cg *cg, Node *x) {
	SliceParts p = {0};
	Type *xt = type_under(x->type);
	if (xt->kind == TY_STRING || xt->kind == TY_SLICE) {
		LLVMValueRef v = cg_expr(cg, x);
		p.ptr = LLVMBuildExtractValue(cg->b, v, 0, "ptr");
		p.len = LLVMBuildExtractValue(cg->b, v, 1, "len");
		p.is_string = xt->kind == TY_STRING;
		p.cap = p.is_string ? p.len : LLVMBuildExtractValue(cg->b, v, 2, "cap");
		p.elem = p.is_string ? ty_uint8 : xt->elem;
		return p;
	}
	Type *at = xt->kind == TY_POINTER ? type_under(xt->elem) : xt;
	p.ptr = array_base(cg, x, NULL, NULL);
	p.len = p.cap = cgd_i64(cg, at->len);
	p.elem = at->elem;
	p.is_array = true;
	return p;
}

/* Panic with gc's slice-bounds message `which` (gosubrt.h) when !(a <= b) unsigned. */
static void check_le(Cg *cg, LLVMValueRef a, LLVMValueRef b, int which, Node *a_node) {
	LLVMValueRef bad = LLVMBuildICmp(cg->b, LLVMIntUGT, a, b, "slice.oob");
	if (a_node && wide_unsigned(a_node))
		which |= GOSUB_SLICE_X_UNSIGNED;
	LLVMValueRef args[] = {cgd_i32(cg, which), a, b};
	cg_panic_if(cg, bad, "gosub_panic_slice", args, 3);
}

/* Go spec: Slice expressions. For x[lo:hi] the checks are hi <= cap (len for strings), then
 * lo <= hi; for x[lo:hi:max]: max <= cap, hi <= max, lo <= hi, in gc's order and wording. The
 * result's pointer is x+lo, except when the new capacity (a string's length) is 0, where it
 * stays x so that it never points past the end of the underlying object, as gc does. */
LLVMValueRef cgd_slice_expr(Cg *cg, Node *n) {
	SliceParts p = slice_operand(cg, n->slice.x);
	LLVMValueRef lo = n->slice.lo ? index_value(cg, n->slice.lo) : cgd_i64(cg, 0);
	LLVMValueRef hi = n->slice.hi ? index_value(cg, n->slice.hi) : p.len;
	LLVMValueRef max = p.cap;
	if (n->slice.max) {
		max = index_value(cg, n->slice.max);
		check_le(cg, max, p.cap, p.is_array ? 6 : 3, n->slice.max);
		check_le(cg, hi, max, 4, n->slice.hi);
		check_le(cg, lo, hi, 5, n->slice.lo);
	} else {
		check_le(cg, hi, p.cap, p.is_string || p.is_array ? 1 : 0, n->slice.hi);
		check_le(cg, lo, hi, 2, n->slice.lo);
	}
	LLVMValueRef len = LLVMBuildSub(cg->b, hi, lo, "len");
	LLVMValueRef cap = p.is_string ? len : LLVMBuildSub(cg->b, max, lo, "cap");
	LLVMValueRef empty = LLVMBuildICmp(cg->b, LLVMIntEQ, cap, cgd_i64(cg, 0), "");
	LLVMValueRef ptr = LLVMBuildSelect(cg->b, empty, p.ptr, cgd_elem_addr(cg, p.elem, p.ptr, lo), "ptr");
	if (p.is_string)
		return cgd_make_string(cg, ptr, len);
	return cgd_make_slice(cg, ptr, len, cap);
}

/* len(x) and cap(x) when not constant (the checker folded the constant ones). */
LLVMValueRef cgd_len(Cg *cg, Node *x) {
	Type *t = type_under(x->type);
	switch (t->kind) {
	case TY_STRING:
	case TY_SLICE: return LLVMBuildExtractValue(cg->b, cg_expr(cg, x), 1, "len");
	case TY_MAP: return cgd_map_len(cg, cg_expr(cg, x));
	case TY_CHAN: return cg_chan_len(cg, cg_expr(cg, x), false);
	case TY_ARRAY: cg_expr(cg, x); return cgd_i64(cg, t->len);
	case TY_POINTER: cg_expr(cg, x); return cgd_i64(cg, type_under(t->elem)->len);
	default:
		diag_error(x->pos, "len of %s not supported by gosub", type_string(x->type));
		return cgd_i64(cg, 0);
	}
}

LLVMValueRef cgd_cap(Cg *cg, Node *x) {
	Type *t = type_under(x->type);
	if (t->kind == TY_SLICE)
		return LLVMBuildExtractValue(cg->b, cg_expr(cg, x), 2, "cap");
	if (t->kind == TY_CHAN)
		return cg_chan_len(cg, cg_expr(cg, x), true);
	return cgd_len(cg, x);
}
