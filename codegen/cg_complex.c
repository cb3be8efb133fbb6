/* cg_complex.c: complex64 and complex128 values (Go spec: Arithmetic operators, Comparison
 * operators, Conversions, for complex operands).
 *
 * Input: typed complex operands. Output: LLVM IR on { float, float } / { double, double } values,
 * real part first (gc's layout). + - * and == are inline and follow gc's SSA lowering exactly
 * (no fused multiply-add on amd64); / calls the runtime's gosub_complex128div, gc's
 * complex128div with its C99 Annex G handling of infinities and NaNs; complex64 is divided in
 * complex128 and rounded back, as gc does.
 */
#include "cg.h"

static LLVMValueRef part(Cg *cg, LLVMValueRef c, unsigned i) {
	return LLVMBuildExtractValue(cg->b, c, i, i ? "imag" : "real");
}

/* { re, im } of the complex type t. */
static LLVMValueRef make(Cg *cg, Type *t, LLVMValueRef re, LLVMValueRef im) {
	LLVMValueRef c = LLVMGetUndef(cg_type(cg, t));
	c = LLVMBuildInsertValue(cg->b, c, re, 0, "");
	return LLVMBuildInsertValue(cg->b, c, im, 1, "complex");
}

LLVMValueRef cg_complex_const(Cg *cg, ConstVal *cv, Type *t) {
	LLVMTypeRef ft = type_under(t)->kind == TY_COMPLEX64 ? cg->t_f32 : cg->t_f64;
	LLVMValueRef parts[2] = {LLVMConstReal(ft, cv_get_double(cv_real(cv))),
				 LLVMConstReal(ft, cv_get_double(cv_imag(cv)))};
	return LLVMConstStructInContext(cg->ctx, parts, 2, 0);
}

LLVMValueRef cg_complex_neg(Cg *cg, Type *t, LLVMValueRef x) {
	return make(cg, t, LLVMBuildFNeg(cg->b, part(cg, x, 0), ""),
		    LLVMBuildFNeg(cg->b, part(cg, x, 1), ""));
}

/* (a+bi)(c+di) = (ac - bd) + (ad + bc)i, each product rounded (gc's OMUL on complex). */
static LLVMValueRef complex_mul(Cg *cg, Type *t, LLVMValueRef x, LLVMValueRef y) {
	LLVMValueRef a = part(cg, x, 0), b = part(cg, x, 1), c = part(cg, y, 0), d = part(cg, y, 1);
	LLVMValueRef re =
	    LLVMBuildFSub(cg->b, LLVMBuildFMul(cg->b, a, c, ""), LLVMBuildFMul(cg->b, b, d, ""), "");
	LLVMValueRef im =
	    LLVMBuildFAdd(cg->b, LLVMBuildFMul(cg->b, a, d, ""), LLVMBuildFMul(cg->b, b, c, ""), "");
	return make(cg, t, re, im);
}

/* x / y through gosub_complex128div; complex64 operands are widened and the quotient rounded. */
static LLVMValueRef complex_div(Cg *cg, Type *t, LLVMValueRef x, LLVMValueRef y) {
	bool narrow = type_under(t)->kind == TY_COMPLEX64;
	LLVMValueRef args[4] = {part(cg, x, 0), part(cg, x, 1), part(cg, y, 0), part(cg, y, 1)};
	for (int i = 0; narrow && i < 4; i++)
		args[i] = LLVMBuildFPExt(cg->b, args[i], cg->t_f64, "");
	LLVMValueRef q = cg_rtcall(cg, "gosub_complex128div", args, 4);
	return narrow ? cg_complex_convert(cg, q, ty_complex128, t) : q;
}

/* x op y for op in + - * / on complex values of type t. */
LLVMValueRef cg_complex_arith(Cg *cg, int op, Type *t, LLVMValueRef x, LLVMValueRef y) {
	switch (op) {
	case TK_ADD:
		return make(cg, t, LLVMBuildFAdd(cg->b, part(cg, x, 0), part(cg, y, 0), ""),
			    LLVMBuildFAdd(cg->b, part(cg, x, 1), part(cg, y, 1), ""));
	case TK_SUB:
		return make(cg, t, LLVMBuildFSub(cg->b, part(cg, x, 0), part(cg, y, 0), ""),
			    LLVMBuildFSub(cg->b, part(cg, x, 1), part(cg, y, 1), ""));
	case TK_MUL: return complex_mul(cg, t, x, y);
	case TK_QUO: return complex_div(cg, t, x, y);
	}
	unreachable();
}

/* complex64(c) and complex128(c): each part converted like a float. */
LLVMValueRef cg_complex_convert(Cg *cg, LLVMValueRef v, Type *from, Type *to) {
	TypeKind f = type_under(from)->kind, t = type_under(to)->kind;
	if (f == t)
		return v;
	LLVMTypeRef ft = t == TY_COMPLEX64 ? cg->t_f32 : cg->t_f64;
	LLVMValueRef re = part(cg, v, 0), im = part(cg, v, 1);
	if (t == TY_COMPLEX64)
		return make(cg, to, LLVMBuildFPTrunc(cg->b, re, ft, ""), LLVMBuildFPTrunc(cg->b, im, ft, ""));
	return make(cg, to, LLVMBuildFPExt(cg->b, re, ft, ""), LLVMBuildFPExt(cg->b, im, ft, ""));
}
