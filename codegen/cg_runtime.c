/* cg_runtime.c: calls into the runtime library, and the run-time checks that end in its panics.
 *
 * Input: a runtime function's name (one of runtime/gosubrt.h). Output: its LLVM declaration,
 * created on first use from a one-line prototype in the table below, so the module declares only
 * what it calls. The prototypes follow gosubrt.h's C ABI on x86-64 SysV: a GoString parameter is
 * two arguments (ptr, i64), a GoString result is the literal struct { ptr, i64 } (RAX:RDX), a C
 * bool is `i1 zeroext`. Every gosub_panic* function is declared noreturn and cold, so the blocks
 * that call them are laid out out of the hot path and LLVM can fold checks it proves redundant.
 */
#include <string.h>

#include "cg.h"

/* One runtime function: its result and parameter kinds, one letter each:
 *   v void   b bool (i1 zeroext)   i i32   l i64   d double   p ptr
 *   s GoString result {ptr,i64}      e GoEface result {ptr,ptr}
 *   c GoComplex128 result {double,double} (XMM0:XMM1, as C returns a struct of two doubles) */
typedef struct RtProto {
	const char *name;
	char result;
	const char *params;
} RtProto;

static const RtProto rt_protos[] = {
    {"gosub_alloc", 'p', "lb"},
    {"gosub_new", 'p', "p"},
    {"gosub_alloc_stats", 'v', "p"},
    {"gosub_print_bool", 'v', "b"},
    {"gosub_print_int", 'v', "l"},
    {"gosub_print_uint", 'v', "l"},
    {"gosub_print_float", 'v', "d"},
    {"gosub_print_string", 'v', "pl"},
    {"gosub_print_pointer", 'v', "p"},
    {"gosub_print_slice", 'v', "pll"},
    {"gosub_print_iface", 'v', "pp"},
    {"gosub_print_space", 'v', ""},
    {"gosub_print_nl", 'v', ""},
    {"gosub_print_complex", 'v', "dd"},
    {"gosub_complex128div", 'c', "dddd"},
    {"gosub_print_flush", 'v', ""},
    {"gosub_exit", 'v', "l"},
    {"gosub_os_args", 'v', "p"},
    {"gosub_concat", 's', "pl"},
    {"gosub_strcmp", 'l', "plpl"},
    {"gosub_streq", 'b', "plpl"},
    {"gosub_rune_to_string", 's', "l"},
    {"gosub_bytes_to_string", 's', "pl"},
    {"gosub_string_to_bytes", 'v', "ppl"},
    {"gosub_runes_to_string", 's', "pl"},
    {"gosub_string_to_runes", 'v', "ppl"},
    {"gosub_decode_rune", 'i', "pllp"},
    {"gosub_growslice", 'v', "plbl"},
    {"gosub_makeslice", 'v', "plbll"},
    {"gosub_makemap", 'p', "pl"},
    {"gosub_makemap_small", 'p', "plpl"},
    {"gosub_mapaccess", 'p', "pppp"},
    {"gosub_mapassign", 'p', "ppp"},
    {"gosub_mapdelete", 'v', "ppp"},
    {"gosub_mapaccess_fast64", 'p', "pl"},
    {"gosub_mapaccess_fast32", 'p', "pi"},
    {"gosub_mapaccess_faststr", 'p', "ppl"},
    {"gosub_mapassign_fast64", 'p', "pl"},
    {"gosub_mapassign_fast32", 'p', "pi"},
    {"gosub_mapassign_faststr", 'p', "ppl"},
    {"gosub_mapdelete_fast64", 'v', "pl"},
    {"gosub_mapdelete_fast32", 'v', "pi"},
    {"gosub_mapdelete_faststr", 'v', "ppl"},
    {"gosub_maplen", 'l', "p"},
    {"gosub_mapiterinit", 'v', "ppp"},
    {"gosub_mapiternext", 'v', "p"},
    {"gosub_efaceeq", 'b', "pppp"},
    {"gosub_ifaceeq", 'b', "pppp"},
    {"gosub_getitab", 'p', "ppb"},
    {"gosub_panic_typeassert", 'v', "ppp"},
    {"gosub_defer_enter", 'v', "pp"},
    {"gosub_defer_leave", 'v', "p"},
    {"gosub_recover", 'e', ""},
    {"gosub_defer_arm", 'v', "pp"},
    {"gosub_defer_forward", 'v', "pp"},
    {"gosub_recover_token", 'p', "p"},
    {"gosub_recover_direct", 'e', "p"},
    {"gosub_gopanic", 'v', "pp"},
    {"gosub_panic_index", 'v', "ll"},
    {"gosub_panic_index_u", 'v', "ll"},
    {"gosub_panic_slice", 'v', "ill"},
    {"gosub_panic_sliceconvert", 'v', "ll"},
    {"gosub_panic_divide", 'v', ""},
    {"gosub_panic_nil", 'v', ""},
    {"gosub_panic_nil_at", 'v', "l"},
    {"gosub_panic_shift", 'v', ""},
    {"gosub_panic_nilmap", 'v', ""},
    {"gosub_panic_msg", 'v', "p"},
    {"gosub_panic_unsafeslice", 'v', "i"},
    {"gosub_fatal", 'v', "p"},
    {"gosub_go", 'v', "pppp"},
    {"gosub_makechan", 'p', "pl"},
    {"gosub_chansend", 'v', "pp"},
    {"gosub_chanrecv", 'b', "pp"},
    {"gosub_closechan", 'v', "p"},
    {"gosub_chanlen", 'l', "p"},
    {"gosub_chancap", 'l', "p"},
    {"gosub_select", 'l', "pllbp"},
};

static LLVMTypeRef rt_kind_type(Cg *cg, char k) {
	switch (k) {
	case 'v': return cg->t_void;
	case 'b': return cg->t_i1;
	case 'i': return cg->t_i32;
	case 'l': return cg->t_i64;
	case 'd': return cg->t_f64;
	case 'p': return cg->t_ptr;
	case 's': return cg->t_string;
	case 'e': return cg->t_iface;
	case 'c': return cg_type(cg, ty_complex128);
	}
	unreachable();
}

static void add_attr(Cg *cg, LLVMValueRef fn, LLVMAttributeIndex idx, const char *name) {
	unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
	LLVMAddAttributeAtIndex(fn, idx, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}

void cg_add_fn_attr(Cg *cg, LLVMValueRef fn, const char *name) {
	add_attr(cg, fn, LLVMAttributeFunctionIndex, name);
}

static void add_int_attr(Cg *cg, LLVMValueRef fn, LLVMAttributeIndex idx, const char *name, uint64_t val) {
	unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
	LLVMAddAttributeAtIndex(fn, idx, LLVMCreateEnumAttribute(cg->ctx, kind, val));
}

/* LLVM 19's encodings of the integer attributes below (llvm/IR/Attributes.h, ModRef.h). */
enum {
	ALLOCKIND_ALLOC = 1,
	ALLOCKIND_ZEROED = 16,
	MEMORY_ARG_READ = 1,                    /* ModRef (2 bits) per location: ArgMem, */
	MEMORY_INACCESSIBLE_READWRITE = 3 << 2, /* InaccessibleMem, Other */
};
#define ALLOCSIZE_ARG0 ((uint64_t)0 << 32 | 0xffffffffu) /* allocsize(0): no element count */

/* gosub_alloc(size, ptrfree) and gosub_new(type) return fresh zeroed memory, never nil (they
 * die on exhaustion) and touch nothing the program can see but their own counters. Saying so
 * lets LLVM treat them as it treats malloc: once inlining has made an object's whole life
 * visible, InstCombine/GVN forward its stores to its loads and delete the allocation (escape
 * analysis done a second time, after inlining, which gc cannot do for //go:noinline callees),
 * and a nil check on a new object folds away. GOSUBDEBUG=allocs=1 then counts only the
 * allocations that remain. With -escape=off the declaration stays opaque, so that build keeps
 * meaning "every allocation on the heap"; with -allocprof it stays opaque as well. */
static void rt_mark_allocator(Cg *cg, LLVMValueRef fn, const char *name) {
	/* -allocprof too: its counts are those of escape analysis's decisions, and a call that
	 * reads the site pointer must not be moved or deleted. */
	if (cg->opt->escape_off || cg->opt->allocprof)
		return;
	add_int_attr(cg, fn, LLVMAttributeFunctionIndex, "allockind", ALLOCKIND_ALLOC | ALLOCKIND_ZEROED);
	/* gosub_new also reads its type descriptor. */
	bool is_new = strcmp(name, "gosub_new") == 0;
	if (!is_new)
		add_int_attr(cg, fn, LLVMAttributeFunctionIndex, "allocsize", ALLOCSIZE_ARG0);
	add_int_attr(cg, fn, LLVMAttributeFunctionIndex, "memory",
		     MEMORY_INACCESSIBLE_READWRITE | (is_new ? MEMORY_ARG_READ : 0));
	add_attr(cg, fn, LLVMAttributeFunctionIndex, "willreturn");
	LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
				LLVMCreateStringAttribute(cg->ctx, "alloc-family", 12, "gosub_alloc", 11));
	add_attr(cg, fn, LLVMAttributeReturnIndex, "noalias");
	add_attr(cg, fn, LLVMAttributeReturnIndex, "nonnull");
	add_attr(cg, fn, LLVMAttributeReturnIndex, "noundef");
	add_int_attr(cg, fn, LLVMAttributeReturnIndex, "align", 16);
}

static LLVMTypeRef rt_proto_type(Cg *cg, const RtProto *p) {
	LLVMTypeRef params[8];
	int n = (int)strlen(p->params);
	for (int i = 0; i < n; i++)
		params[i] = rt_kind_type(cg, p->params[i]);
	return LLVMFunctionType(rt_kind_type(cg, p->result), params, (unsigned)n, 0);
}

static const RtProto *rt_lookup(const char *name) {
	for (size_t i = 0; i < sizeof rt_protos / sizeof rt_protos[0]; i++)
		if (strcmp(rt_protos[i].name, name) == 0)
			return &rt_protos[i];
	fatal("unknown runtime function %s", name);
}

/* The declaration of runtime function `name`, added to the module on first use. */
LLVMValueRef cg_rtfunc(Cg *cg, const char *name, LLVMTypeRef *fnty) {
	const RtProto *p = rt_lookup(name);
	*fnty = rt_proto_type(cg, p);
	LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
	if (fn)
		return fn;
	fn = LLVMAddFunction(cg->mod, name, *fnty);
	add_attr(cg, fn, LLVMAttributeFunctionIndex, "nounwind");
	if (strncmp(name, "gosub_panic", 11) == 0 || strcmp(name, "gosub_gopanic") == 0 ||
	    strcmp(name, "gosub_exit") == 0 || strcmp(name, "gosub_fatal") == 0) {
		add_attr(cg, fn, LLVMAttributeFunctionIndex, "noreturn");
		add_attr(cg, fn, LLVMAttributeFunctionIndex, "cold");
	}
	for (int i = 0; p->params[i]; i++)
		if (p->params[i] == 'b')
			add_attr(cg, fn, (LLVMAttributeIndex)(i + 1), "zeroext");
	if (p->result == 'b')
		add_attr(cg, fn, LLVMAttributeReturnIndex, "zeroext");
	if (strcmp(name, "gosub_alloc") == 0 || strcmp(name, "gosub_new") == 0)
		rt_mark_allocator(cg, fn, name);
	return fn;
}

LLVMValueRef cg_rtcall(Cg *cg, const char *name, LLVMValueRef *args, int nargs) {
	LLVMTypeRef fnty;
	LLVMValueRef fn = cg_rtfunc(cg, name, &fnty);
	if ((int)LLVMCountParamTypes(fnty) != nargs)
		fatal("runtime call %s: %d arguments, wants %u", name, nargs, LLVMCountParamTypes(fnty));
	bool is_void = LLVMGetTypeKind(LLVMGetReturnType(fnty)) == LLVMVoidTypeKind;
	bool profiled = cg_allocprof_begin(cg, name) != NULL;
	LLVMValueRef call = LLVMBuildCall2(cg->b, fnty, fn, args, (unsigned)nargs, is_void ? "" : name + 6);
	if (profiled)
		cg_allocprof_end(cg);
	if (strcmp(name, "gosub_alloc") == 0 || strcmp(name, "gosub_new") == 0)
		cg_removed_tag(cg, call);
	return call;
}

/* Lower a check as:
 *     br %cond, label %panic, label %cont
 *   panic:                         ; cold: the callee is noreturn cold
 *     call void @gosub_panic_...(args)
 *     unreachable
 *   cont: */
void cg_panic_if(Cg *cg, LLVMValueRef cond, const char *name, LLVMValueRef *args, int nargs) {
	if (LLVMIsAConstantInt(cond) && LLVMConstIntGetZExtValue(cond) == 0)
		return;
	LLVMBasicBlockRef panic = cg_new_block(cg, "panic");
	LLVMBasicBlockRef cont = cg_new_block(cg, "cont");
	LLVMBuildCondBr(cg->b, cond, panic, cont);
	LLVMPositionBuilderAtEnd(cg->b, panic);
	LLVMValueRef call = cg_rtcall(cg, name, args, nargs);
	/* Each check keeps its own call, so that its return address (and the line table) says
	 * which expression failed: LLVM would otherwise merge identical panic blocks, and the
	 * merged call's position would be line 0. */
	unsigned nomerge = LLVMGetEnumAttributeKindForName("nomerge", 7);
	LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex,
				 LLVMCreateEnumAttribute(cg->ctx, nomerge, 0));
	LLVMBuildUnreachable(cg->b);
	LLVMPositionBuilderAtEnd(cg->b, cont);
}

/* Go spec: Address operators: "if the evaluation of x would cause a run-time panic, then the
 * evaluation of &x does too"; dereferencing nil panics with gc's nil-pointer message. */
void cg_check_nil(Cg *cg, LLVMValueRef ptr) {
	LLVMValueRef isnil = LLVMBuildIsNull(cg->b, ptr, "isnil");
	cg_panic_if(cg, isnil, "gosub_panic_nil", NULL, 0);
}

/* The check before an access at a constant offset from p (a field, an element at a constant
 * index). gc lets the access itself fault when it lies in the first page (minZeroPage), so its
 * signal line names that address; past it, gc checks p first, as cg_check_nil does. */
void cg_check_nil_at(Cg *cg, LLVMValueRef p, int64_t offset) {
	if (offset <= 0 || offset >= 4096) {
		cg_check_nil(cg, p);
		return;
	}
	LLVMValueRef arg = LLVMConstInt(cg->t_i64, (unsigned long long)offset, 0);
	cg_panic_if(cg, LLVMBuildIsNull(cg->b, p, "isnil"), "gosub_panic_nil_at", &arg, 1);
}

void cg_check_nil_field(Cg *cg, LLVMValueRef p, Type *st, int i) {
	cg_check_nil_at(cg, p, type_under(st)->fields.v[i].offset);
}

/* Go spec: Index expressions: "the index x is in range if 0 <= x < len(a)". One unsigned
 * comparison covers both bounds, since a negative index is a huge unsigned number. */
void cg_check_index(Cg *cg, LLVMValueRef i, LLVMValueRef len, bool is_unsigned) {
	LLVMValueRef out = LLVMBuildICmp(cg->b, LLVMIntUGE, i, len, "oob");
	LLVMValueRef args[2] = {i, len};
	cg_panic_if(cg, out, is_unsigned ? "gosub_panic_index_u" : "gosub_panic_index", args, 2);
}
