/* cg_intrinsic.c: Go functions whose body is one LLVM intrinsic.
 *
 * Input: a function of a source package (math.Sqrt, math.archFloor, bits.LeadingZeros64).
 * Output: its body, when gosub knows a single LLVM intrinsic that computes exactly what the Go
 * function specifies; NULL otherwise, and the Go body (or, for a function declared without a
 * body, the runtime's implementation) is used.
 *
 * gc does the same in two ways: it replaces calls of some functions by machine instructions
 * (its "intrinsics": math.Sqrt, math/bits), and it implements some functions in assembly
 * (math.archFloor). Here both become an ordinary Go function whose body is
 *     define internal double @math.Sqrt(ptr %closure, double %x) {
 *       %r = call double @llvm.sqrt.f64(double %x)
 *       ret double %r
 *     }
 * which LLVM inlines into every caller, so a call costs one instruction.
 */
#include <string.h>

#include "cg.h"

typedef struct Intrinsic {
	const char *go;    /* gc's symbol of the Go function */
	const char *llvm;  /* the intrinsic, overloaded on its parameters' type */
	bool zero_undef;   /* ctlz/cttz: the second operand (is zero undefined?) is false */
} Intrinsic;

/* Only intrinsics that agree with Go's definition for every input, NaNs and infinities included
 * (llvm.minnum/maxnum do not: math.Min and Max stay Go). */
static const Intrinsic table[] = {
	{"math.Sqrt", "llvm.sqrt", false},       {"math.archSqrt", "llvm.sqrt", false},
	{"math.sqrt", "llvm.sqrt", false},
	{"math.Floor", "llvm.floor", false},     {"math.archFloor", "llvm.floor", false},
	{"math.Ceil", "llvm.ceil", false},       {"math.archCeil", "llvm.ceil", false},
	{"math.Trunc", "llvm.trunc", false},     {"math.archTrunc", "llvm.trunc", false},
	{"math.Abs", "llvm.fabs", false},        {"math.FMA", "llvm.fma", false},
	{"math.Copysign", "llvm.copysign", false},
	{"math/bits.LeadingZeros64", "llvm.ctlz", true}, {"math/bits.LeadingZeros32", "llvm.ctlz", true},
	{"math/bits.TrailingZeros64", "llvm.cttz", true}, {"math/bits.TrailingZeros32", "llvm.cttz", true},
	{"math/bits.OnesCount64", "llvm.ctpop", false}, {"math/bits.OnesCount32", "llvm.ctpop", false},
	{"math/bits.ReverseBytes64", "llvm.bswap", false}, {"math/bits.ReverseBytes32", "llvm.bswap", false},
	{"math/bits.Reverse64", "llvm.bitreverse", false}, {"math/bits.Reverse32", "llvm.bitreverse", false},
};

static const Intrinsic *find(const char *link_name) {
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
		if (strcmp(table[i].go, link_name) == 0)
			return &table[i];
	return NULL;
}

/* The result of bits.LeadingZeros64 is an int; the intrinsic's is the operand's width. */
static LLVMValueRef fit(Cg *cg, LLVMValueRef v, LLVMTypeRef want) {
	if (LLVMTypeOf(v) == want || LLVMGetTypeKind(want) != LLVMIntegerTypeKind)
		return v;
	return LLVMBuildZExtOrBitCast(cg->b, v, want, "ext");
}

/* Defines f's body as its intrinsic; false when it has none. */
bool cg_intrinsic_body(Cg *cg, Func *fn, LLVMValueRef f) {
	const Intrinsic *in = fn->recv_type ? NULL : find(fn->link_name);
	unsigned nparams = LLVMCountParams(f) - 1; /* after the closure */
	if (!in || nparams < 1 || nparams > 3)
		return false;
	LLVMValueRef args[4];
	for (unsigned i = 0; i < nparams; i++)
		args[i] = LLVMGetParam(f, i + 1);
	LLVMTypeRef operand = LLVMTypeOf(args[0]);
	unsigned id = LLVMLookupIntrinsicID(in->llvm, strlen(in->llvm));
	LLVMValueRef decl = LLVMGetIntrinsicDeclaration(cg->mod, id, &operand, 1);
	if (in->zero_undef)
		args[nparams++] = LLVMConstInt(cg->t_i1, 0, 0);
	LLVMBuilderRef saved = cg->b;
	cg->b = LLVMCreateBuilderInContext(cg->ctx);
	LLVMPositionBuilderAtEnd(cg->b, LLVMAppendBasicBlockInContext(cg->ctx, f, "entry"));
	LLVMValueRef r = LLVMBuildCall2(cg->b, LLVMGlobalGetValueType(decl), decl, args, nparams, "r");
	LLVMBuildRet(cg->b, fit(cg, r, LLVMGetReturnType(LLVMGlobalGetValueType(f))));
	LLVMDisposeBuilder(cg->b);
	cg->b = saved;
	return true;
}
