/* cg_slice.c: make([]T, len, cap), append and copy (Go spec: Making slices, maps and channels;
 * Appending to and copying slices).
 *
 * Input: a checked builtin call. Output: the resulting slice (or copy's count). A make whose
 * capacity is a constant and that escape/ keeps on the stack gets an entry-block array; every
 * other make calls gosub_makeslice. append's fast path stores in place; its slow path calls
 * gosub_growslice, which applies Go 1.19's growth rule so cap() matches gc.
 */
#include "cg_data.h"

static LLVMValueRef int_arg(Cg *cg, Node *a) {
	LLVMValueRef v = cg_expr(cg, a);
	if (LLVMGetIntTypeWidth(LLVMTypeOf(v)) == 64)
		return v;
	return type_is_unsigned(a->type) ? LLVMBuildZExt(cg->b, v, cg->t_i64, "")
					 : LLVMBuildSExt(cg->b, v, cg->t_i64, "");
}

static LLVMValueRef load_slice(Cg *cg, LLVMValueRef addr) {
	return LLVMBuildLoad2(cg->b, cg->t_slice, addr, "slice");
}

/* gosub_makeslice(&out, elemsize, ptrfree, len, cap): also the panics for bad sizes. */
static LLVMValueRef runtime_makeslice(Cg *cg, Type *elem, LLVMValueRef len, LLVMValueRef cap) {
	LLVMValueRef out = cg_entry_alloca(cg, cg->t_slice, "make.out");
	LLVMValueRef args[] = {out, cgd_i64(cg, type_size(elem)), cgd_bool(cg, !type_has_pointers(elem)), len,
			       cap};
	cg_rtcall(cg, "gosub_makeslice", args, 5);
	return load_slice(cg, out);
}

/* make([]T, len, cap) with a constant cap on the stack: [cap x T] zeroed at the site. A
 * non-constant len is checked against cap by letting the runtime report the panic:
 *   br (len >u cap), bad, ok    bad: gosub_makeslice(len, cap) panics */
static LLVMValueRef stack_makeslice(Cg *cg, Node *call, Type *elem, LLVMValueRef len, int64_t cap) {
	Type *at = type_array(elem, cap);
	LLVMValueRef p = cgd_alloc_site(cg, call, at, "make.arr");
	LLVMValueRef capv = cgd_i64(cg, cap);
	if (!LLVMIsAConstantInt(len)) {
		LLVMBasicBlockRef bad = cg_new_block(cg, "make.bad");
		LLVMBasicBlockRef ok = cg_new_block(cg, "make.ok");
		LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntUGT, len, capv, ""), bad, ok);
		LLVMPositionBuilderAtEnd(cg->b, bad);
		runtime_makeslice(cg, elem, len, capv);
		LLVMBuildUnreachable(cg->b);
		LLVMPositionBuilderAtEnd(cg->b, ok);
	}
	return cgd_make_slice(cg, p, len, capv);
}

LLVMValueRef cgd_make_slice_call(Cg *cg, Node *call) {
	Type *elem = type_under(call->type)->elem;
	NodeVec *args = &call->call.args;
	LLVMValueRef len = int_arg(cg, args->v[1]);
	Node *capn = args->len > 2 ? args->v[2] : args->v[1];
	LLVMValueRef cap = args->len > 2 ? int_arg(cg, capn) : len;
	if (!esc_site_on_heap(call) && capn->cval && cv_fits_int64(capn->cval)) {
		int64_t c = cv_get_int64(capn->cval);
		if (c >= 0 && c * type_size(elem) <= ESC_MAX_IMPLICIT_STACK_VAR_SIZE)
			return stack_makeslice(cg, call, elem, len, c);
	}
	return runtime_makeslice(cg, elem, len, cap);
}

/* ---- append ---- */

/* The elements append adds: either k evaluated values, or a slice/string spread with `...`. */
typedef struct AppendSrc {
	LLVMValueRef *vals;
	int nvals;
	LLVMValueRef spread_ptr, spread_len;
} AppendSrc;

static AppendSrc append_sources(Cg *cg, Node *call) {
	AppendSrc src = {0};
	NodeVec *args = &call->call.args;
	if (call->flags & NF_DDD) {
		LLVMValueRef v = cg_expr(cg, args->v[1]);
		src.spread_ptr = LLVMBuildExtractValue(cg->b, v, 0, "src.ptr");
		src.spread_len = LLVMBuildExtractValue(cg->b, v, 1, "src.len");
		return src;
	}
	src.nvals = args->len - 1;
	src.vals = xalloc(sizeof(LLVMValueRef) * (src.nvals + 1));
	for (int i = 0; i < src.nvals; i++)
		src.vals[i] = cg_expr(cg, args->v[i + 1]);
	return src;
}

/* Make room for newlen elements in slice s (of type st):
 *     br (%newlen >u cap), grow, store
 *   grow:  tmp = s; gosub_growslice(&tmp, size, ptrfree, %newlen); br store
 *   store: %ptr = phi [s.ptr, entry], [tmp.ptr, grow]; %cap likewise
 * Leaves the builder in `store` and returns the (maybe new) pointer and capacity. */
static void grow_for(Cg *cg, Type *st, LLVMValueRef s, LLVMValueRef newlen, LLVMValueRef *ptr,
		     LLVMValueRef *cap) {
	Type *elem = type_under(st)->elem;
	LLVMValueRef old_ptr = LLVMBuildExtractValue(cg->b, s, 0, "ptr");
	LLVMValueRef old_cap = LLVMBuildExtractValue(cg->b, s, 2, "cap");
	LLVMBasicBlockRef pre = LLVMGetInsertBlock(cg->b);
	LLVMBasicBlockRef grow = cg_new_block(cg, "append.grow");
	LLVMBasicBlockRef store = cg_new_block(cg, "append.store");
	LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntUGT, newlen, old_cap, ""), grow, store);

	LLVMPositionBuilderAtEnd(cg->b, grow);
	LLVMValueRef tmp = cgd_spill(cg, st, s, "append.tmp");
	LLVMValueRef args[] = {tmp, cgd_i64(cg, type_size(elem)), cgd_bool(cg, !type_has_pointers(elem)),
			       newlen};
	cg_rtcall(cg, "gosub_growslice", args, 4);
	LLVMValueRef grown = load_slice(cg, tmp);
	LLVMValueRef pv[] = {old_ptr, LLVMBuildExtractValue(cg->b, grown, 0, "")};
	LLVMValueRef cv[] = {old_cap, LLVMBuildExtractValue(cg->b, grown, 2, "")};
	LLVMBasicBlockRef from[] = {pre, LLVMGetInsertBlock(cg->b)};
	LLVMBuildBr(cg->b, store);

	LLVMPositionBuilderAtEnd(cg->b, store);
	*ptr = LLVMBuildPhi(cg->b, cg->t_ptr, "ptr");
	LLVMAddIncoming(*ptr, pv, from, 2);
	*cap = LLVMBuildPhi(cg->b, cg->t_i64, "cap");
	LLVMAddIncoming(*cap, cv, from, 2);
}

/* append(s, xs): the arguments are evaluated first (Go spec: Order of evaluation), then room
 * is made (grow_for) and the new elements are stored at p[len..newlen).
 *   result { %ptr, %newlen, %cap } */
LLVMValueRef cgd_append(Cg *cg, Node *call) {
	Type *elem = type_under(call->type)->elem;
	LLVMValueRef s = cg_expr(cg, call->call.args.v[0]);
	if (call->call.args.len == 1)
		return s;
	AppendSrc src = append_sources(cg, call);
	LLVMValueRef len = LLVMBuildExtractValue(cg->b, s, 1, "len");
	LLVMValueRef n = src.spread_len ? src.spread_len : cgd_i64(cg, src.nvals);
	LLVMValueRef newlen = LLVMBuildAdd(cg->b, len, n, "newlen");
	LLVMValueRef p, c;
	grow_for(cg, call->type, s, newlen, &p, &c);
	LLVMValueRef dst = cgd_elem_addr(cg, elem, p, len);
	if (src.spread_ptr) {
		LLVMValueRef bytes = LLVMBuildMul(cg->b, n, cgd_i64(cg, type_size(elem)), "bytes");
		cgd_memmove(cg, dst, src.spread_ptr, bytes);
	} else {
		for (int i = 0; i < src.nvals; i++)
			cg_store(cg, elem, src.vals[i], cgd_elem_addr(cg, elem, dst, cgd_i64(cg, i)));
	}
	return cgd_make_slice(cg, p, newlen, c);
}

/* copy(dst, src): n = min(len(dst), len(src)); memmove n elements; the result is n. */
LLVMValueRef cgd_copy(Cg *cg, Node *call) {
	Type *elem = type_under(call->call.args.v[0]->type)->elem;
	LLVMValueRef d = cg_expr(cg, call->call.args.v[0]);
	return cg_copy_values(cg, elem, d, cg_expr(cg, call->call.args.v[1]));
}

/* copy(d, s) of evaluated operands (s a slice or a string), as `defer copy(d, s)` runs it. */
LLVMValueRef cg_copy_values(Cg *cg, Type *elem, LLVMValueRef d, LLVMValueRef s) {
	LLVMValueRef dlen = LLVMBuildExtractValue(cg->b, d, 1, "dst.len");
	LLVMValueRef slen = LLVMBuildExtractValue(cg->b, s, 1, "src.len");
	LLVMValueRef n =
	    LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, dlen, slen, ""), dlen, slen, "n");
	LLVMValueRef bytes = LLVMBuildMul(cg->b, n, cgd_i64(cg, type_size(elem)), "bytes");
	cgd_memmove(cg, LLVMBuildExtractValue(cg->b, d, 0, ""), LLVMBuildExtractValue(cg->b, s, 0, ""),
		    bytes);
	return n;
}
