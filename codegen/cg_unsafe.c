/* cg_unsafe.c: the functions of package unsafe that run (Go spec: Package unsafe).
 *
 * Input: calls of unsafe.Add and unsafe.Slice, checked (check_unsafe.c). Output: IR. Sizeof,
 * Alignof and Offsetof never get here: the checker folded them into constants.
 */
#include "cg.h"

/* The length argument as an i64 (sign- or zero-extended from its integer type). */
static LLVMValueRef length(Cg *cg, Node *n) {
	return cg_convert_value(cg, cg_expr(cg, n), n->type, ty_int64);
}

/* unsafe.Add(p, n):  %r = getelementptr i8, ptr %p, i64 %n  (no inbounds: p+n may leave p's object) */
LLVMValueRef cg_unsafe_add(Cg *cg, Node *call) {
	LLVMValueRef p = cg_expr(cg, call->call.args.v[0]);
	LLVMValueRef n = length(cg, call->call.args.v[1]);
	return LLVMBuildGEP2(cg->b, cg->t_i8, p, &n, 1, "unsafe.add");
}

/* unsafe.Slice(p, n) is { p, n, n }, after gc's two checks:
 *   n < 0                -> panic "unsafe.Slice: len out of range"
 *   p == nil && n != 0   -> panic "unsafe.Slice: ptr is nil and len is not zero" */
LLVMValueRef cg_unsafe_slice(Cg *cg, Node *call) {
	LLVMValueRef p = cg_expr(cg, call->call.args.v[0]);
	LLVMValueRef n = length(cg, call->call.args.v[1]);
	LLVMValueRef zero = LLVMConstInt(cg->t_i64, 0, 0);
	LLVMValueRef kind = LLVMConstInt(cg->t_i32, 0, 0);
	cg_panic_if(cg, LLVMBuildICmp(cg->b, LLVMIntSLT, n, zero, "badlen"), "gosub_panic_unsafeslice", &kind,
		    1);
	LLVMValueRef nilp = LLVMBuildAnd(cg->b, LLVMBuildIsNull(cg->b, p, ""),
					 LLVMBuildICmp(cg->b, LLVMIntNE, n, zero, ""), "nilptr");
	kind = LLVMConstInt(cg->t_i32, 1, 0);
	cg_panic_if(cg, nilp, "gosub_panic_unsafeslice", &kind, 1);
	LLVMValueRef s = LLVMGetUndef(cg->t_slice);
	s = LLVMBuildInsertValue(cg->b, s, p, 0, "");
	s = LLVMBuildInsertValue(cg->b, s, n, 1, "");
	return LLVMBuildInsertValue(cg->b, s, n, 2, "unsafe.slice");
}
