/* cg_intrinsic.c: Go functions whose body is one LLVM intrinsic or instruction.
 *
 * Input: a function of a source package (math.Sqrt, math.archFloor, bits.LeadingZeros64,
 * atomic.AddInt32).
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
	const char *go;   /* gc's symbol of the Go function */
	const char *llvm; /* the intrinsic, overloaded on its parameters' type */
	bool zero_undef;  /* ctlz/cttz: the second operand (is zero undefined?) is false */
} Intrinsic;

/* Only intrinsics that agree with Go's definition for every input, NaNs and infinities included
 * (llvm.minnum/maxnum do not: math.Min and Max stay Go). */
static const Intrinsic table[] = {
    {"math.Sqrt", "llvm.sqrt", false},
    {"math.archSqrt", "llvm.sqrt", false},
    {"math.sqrt", "llvm.sqrt", false},
    {"math.Floor", "llvm.floor", false},
    {"math.archFloor", "llvm.floor", false},
    {"math.Ceil", "llvm.ceil", false},
    {"math.archCeil", "llvm.ceil", false},
    {"math.Trunc", "llvm.trunc", false},
    {"math.archTrunc", "llvm.trunc", false},
    {"math.Abs", "llvm.fabs", false},
    {"math.FMA", "llvm.fma", false},
    {"math.Copysign", "llvm.copysign", false},
    {"math/bits.LeadingZeros64", "llvm.ctlz", true},
    {"math/bits.LeadingZeros32", "llvm.ctlz", true},
    {"math/bits.TrailingZeros64", "llvm.cttz", true},
    {"math/bits.TrailingZeros32", "llvm.cttz", true},
    {"math/bits.OnesCount64", "llvm.ctpop", false},
    {"math/bits.OnesCount32", "llvm.ctpop", false},
    {"math/bits.ReverseBytes64", "llvm.bswap", false},
    {"math/bits.ReverseBytes32", "llvm.bswap", false},
    {"math/bits.Reverse64", "llvm.bitreverse", false},
    {"math/bits.Reverse32", "llvm.bitreverse", false},
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

/* A builder at the start of f's (empty) body, in place of the caller's until body_end. */
static LLVMBuilderRef body_begin(Cg *cg, LLVMValueRef f) {
	LLVMBuilderRef saved = cg->b;
	cg->b = LLVMCreateBuilderInContext(cg->ctx);
	LLVMPositionBuilderAtEnd(cg->b, LLVMAppendBasicBlockInContext(cg->ctx, f, "entry"));
	return saved;
}

static void body_end(Cg *cg, LLVMBuilderRef saved) {
	LLVMDisposeBuilder(cg->b);
	cg->b = saved;
}

/* f's body as the math intrinsic in; its operands are f's parameters after the closure. */
static bool math_body(Cg *cg, const Intrinsic *in, LLVMValueRef f) {
	unsigned nparams = LLVMCountParams(f) - 1; /* after the closure */
	if (nparams < 1 || nparams > 3)
		return false;
	LLVMValueRef args[4];
	for (unsigned i = 0; i < nparams; i++)
		args[i] = LLVMGetParam(f, i + 1);
	LLVMTypeRef operand = LLVMTypeOf(args[0]);
	unsigned id = LLVMLookupIntrinsicID(in->llvm, strlen(in->llvm));
	LLVMValueRef decl = LLVMGetIntrinsicDeclaration(cg->mod, id, &operand, 1);
	if (in->zero_undef)
		args[nparams++] = LLVMConstInt(cg->t_i1, 0, 0);
	LLVMBuilderRef saved = body_begin(cg, f);
	LLVMValueRef r = LLVMBuildCall2(cg->b, LLVMGlobalGetValueType(decl), decl, args, nparams, "r");
	LLVMBuildRet(cg->b, fit(cg, r, LLVMGetReturnType(LLVMGlobalGetValueType(f))));
	body_end(cg, saved);
	return true;
}

/* ---- sync/atomic ------------------------------------------------------------------------------
 * Go's sync/atomic/doc.go declares the operations without a body (gc writes them in assembly).
 * Each becomes LLVM's atomic instruction, sequentially consistent as Go's memory model asks of
 * sync/atomic, so they stay right when goroutines run on several threads. A nil address panics
 * first (gc's assembly faults on it, which Go code sees as the same panic):
 *     define internal i32 @sync/atomic.AddInt32(ptr %closure, ptr %addr, i32 %delta) {
 *       %isnil = icmp eq ptr %addr, null
 *       br i1 %isnil, label %panic, label %cont        ; panic: call @gosub_panic_nil
 *     cont:
 *       %old = atomicrmw add ptr %addr, i32 %delta seq_cst
 *       %new = add i32 %old, %delta
 *       ret i32 %new
 *     }
 * Swap is `atomicrmw xchg`, CompareAndSwap `cmpxchg` (its i1 is Go's bool), Load and Store are
 * `load atomic` and `store atomic`; the types are Int32, Int64, Uint32, Uint64, Uintptr, Pointer. */
typedef enum AtomicOp { AT_SWAP, AT_CAS, AT_ADD, AT_LOAD, AT_STORE } AtomicOp;

typedef struct AtomicFunc {
	const char *name;
	AtomicOp op;
	const char *params[3]; /* as doc.go names them, for readable IR */
} AtomicFunc;

static const AtomicFunc atomic_ops[] = {
    {"Swap", AT_SWAP, {"addr", "new"}},   {"CompareAndSwap", AT_CAS, {"addr", "old", "new"}},
    {"Add", AT_ADD, {"addr", "delta"}},   {"Load", AT_LOAD, {"addr"}},
    {"Store", AT_STORE, {"addr", "val"}},
};

static const char *const atomic_types[] = {"Int32", "Int64", "Uint32", "Uint64", "Uintptr", "Pointer"};

/* sync/atomic.AddInt32 -> Add; NULL for any other name. */
static const AtomicFunc *find_atomic(const char *link_name) {
	const char *pkg = "sync/atomic.";
	if (strncmp(link_name, pkg, strlen(pkg)) != 0)
		return NULL;
	const char *name = link_name + strlen(pkg);
	for (size_t i = 0; i < sizeof atomic_ops / sizeof atomic_ops[0]; i++) {
		size_t n = strlen(atomic_ops[i].name);
		if (strncmp(name, atomic_ops[i].name, n) != 0)
			continue;
		for (size_t t = 0; t < sizeof atomic_types / sizeof atomic_types[0]; t++)
			if (strcmp(name + n, atomic_types[t]) == 0)
				return &atomic_ops[i];
	}
	return NULL;
}

/* An atomic load or store is aligned to its size: 4 or 8 bytes here. */
static void atomic_access(LLVMValueRef inst, LLVMTypeRef t) {
	bool narrow = LLVMGetTypeKind(t) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(t) == 32;
	LLVMSetOrdering(inst, LLVMAtomicOrderingSequentiallyConsistent);
	LLVMSetAlignment(inst, narrow ? 4 : 8);
}

static LLVMValueRef named(LLVMValueRef v, const char *name) {
	LLVMSetValueName2(v, name, strlen(name));
	return v;
}

/* The operation on a[0] (the address) with the operands a[1..]; NULL for Store. */
static LLVMValueRef atomic_inst(Cg *cg, AtomicOp op, LLVMValueRef *a, LLVMTypeRef result) {
	const LLVMAtomicOrdering sc = LLVMAtomicOrderingSequentiallyConsistent;
	LLVMValueRef v;
	switch (op) {
	case AT_LOAD:
		v = LLVMBuildLoad2(cg->b, result, a[0], "val");
		atomic_access(v, result);
		return v;
	case AT_STORE: atomic_access(LLVMBuildStore(cg->b, a[1], a[0]), LLVMTypeOf(a[1])); return NULL;
	case AT_SWAP:
		return named(LLVMBuildAtomicRMW(cg->b, LLVMAtomicRMWBinOpXchg, a[0], a[1], sc, false), "old");
	case AT_ADD:
		v = named(LLVMBuildAtomicRMW(cg->b, LLVMAtomicRMWBinOpAdd, a[0], a[1], sc, false), "old");
		return LLVMBuildAdd(cg->b, v, a[1], "new");
	case AT_CAS:
		v = named(LLVMBuildAtomicCmpXchg(cg->b, a[0], a[1], a[2], sc, sc, false), "cas");
		return LLVMBuildExtractValue(cg->b, v, 1, "swapped");
	}
	return NULL;
}

static void atomic_body(Cg *cg, const AtomicFunc *at, LLVMValueRef f) {
	LLVMValueRef a[3];
	unsigned n = LLVMCountParams(f) - 1;
	for (unsigned i = 0; i < n && i < 3; i++)
		a[i] = named(LLVMGetParam(f, i + 1), at->params[i] ? at->params[i] : "");
	LLVMTypeRef result = LLVMGetReturnType(LLVMGlobalGetValueType(f));
	LLVMBuilderRef saved = body_begin(cg, f);
	LLVMBasicBlockRef panic = LLVMAppendBasicBlockInContext(cg->ctx, f, "panic");
	LLVMBasicBlockRef cont = LLVMAppendBasicBlockInContext(cg->ctx, f, "cont");
	LLVMBuildCondBr(cg->b, LLVMBuildIsNull(cg->b, a[0], "isnil"), panic, cont);
	LLVMPositionBuilderAtEnd(cg->b, panic);
	cg_rtcall(cg, "gosub_panic_nil", NULL, 0);
	LLVMBuildUnreachable(cg->b);
	LLVMPositionBuilderAtEnd(cg->b, cont);
	LLVMValueRef r = atomic_inst(cg, at->op, a, result);
	if (r)
		LLVMBuildRet(cg->b, r);
	else
		LLVMBuildRetVoid(cg->b);
	body_end(cg, saved);
}

/* Defines f's body as its intrinsic or atomic instruction; false when it has none. */
bool cg_intrinsic_body(Cg *cg, Func *fn, LLVMValueRef f) {
	if (fn->recv_type)
		return false;
	const AtomicFunc *at = find_atomic(fn->link_name);
	if (at) {
		atomic_body(cg, at, f);
		return true;
	}
	const Intrinsic *in = find(fn->link_name);
	return in && math_body(cg, in, f);
}
