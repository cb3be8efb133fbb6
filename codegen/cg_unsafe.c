/* cg_unsafe.c: the functions of package unsafe that run (Go spec: Package unsafe).
 *
 * Input: calls of unsafe.Add and unsafe.Slice, checked (check_unsafe.c). Output: IR. Sizeof,
 * Alignof and Offsetof never get here: the checker folded them into constants.
 */
#include <string.h>

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

/* n elements of size bytes from p would wrap around the address space (or their size alone
 * does): gc's test mem > -uintptr(p), with mem = size * n unsigned and its overflow. */
static LLVMValueRef past_address_space(Cg *cg, LLVMValueRef p, LLVMValueRef n, int64_t size) {
	static const char umul[] = "llvm.umul.with.overflow";
	unsigned id = LLVMLookupIntrinsicID(umul, strlen(umul));
	LLVMValueRef fn = LLVMGetIntrinsicDeclaration(cg->mod, id, &cg->t_i64, 1);
	LLVMValueRef args[2] = {LLVMConstInt(cg->t_i64, (unsigned long long)size, 0), n};
	LLVMValueRef mul =
	    LLVMBuildCall2(cg->b, LLVMIntrinsicGetType(cg->ctx, id, &cg->t_i64, 1), fn, args, 2, "mem");
	LLVMValueRef mem = LLVMBuildExtractValue(cg->b, mul, 0, ""),
		     ovf = LLVMBuildExtractValue(cg->b, mul, 1, "");
	LLVMValueRef room = LLVMBuildNeg(cg->b, LLVMBuildPtrToInt(cg->b, p, cg->t_i64, ""), "room");
	return LLVMBuildOr(cg->b, ovf, LLVMBuildICmp(cg->b, LLVMIntUGT, mem, room, ""), "toolong");
}

/* unsafe.Slice(p, n) is { p, n, n }, after gc's checks (runtime/unsafe.go, unsafeslice):
 *   n < 0                                 -> panic "unsafe.Slice: len out of range"
 *   n elements from p past the address space -> the same, or with p == nil (so n != 0)
 *                                            "unsafe.Slice: ptr is nil and len is not zero" */
LLVMValueRef cg_unsafe_slice(Cg *cg, Node *call) {
	Node *ptr = call->call.args.v[0];
	LLVMValueRef p = cg_expr(cg, ptr);
	LLVMValueRef n = length(cg, call->call.args.v[1]);
	LLVMValueRef zero = LLVMConstInt(cg->t_i64, 0, 0);
	LLVMValueRef kind = LLVMConstInt(cg->t_i32, 0, 0);
	cg_panic_if(cg, LLVMBuildICmp(cg->b, LLVMIntSLT, n, zero, "badlen"), "gosub_panic_unsafeslice", &kind,
		    1);
	kind = LLVMBuildZExt(cg->b, LLVMBuildIsNull(cg->b, p, ""), cg->t_i32, "isnil");
	LLVMValueRef bad = past_address_space(cg, p, n, type_size(type_under(ptr->type)->elem));
	cg_panic_if(cg, bad, "gosub_panic_unsafeslice", &kind, 1);
	LLVMValueRef s = LLVMGetUndef(cg->t_slice);
	s = LLVMBuildInsertValue(cg->b, s, p, 0, "");
	s = LLVMBuildInsertValue(cg->b, s, n, 1, "");
	return LLVMBuildInsertValue(cg->b, s, n, 2, "unsafe.slice");
}
