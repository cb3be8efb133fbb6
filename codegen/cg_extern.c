/* cg_extern.c: functions the C runtime implements: those of Go packages declared without a
 * body (sync.runtime_Semacquire, fmt.Sprintf in stdlib/replace), and package testing's
 * (frontend/stdpkg.h).
 *
 * Input: such a function (called, or used as a value). Output: LLVM IR that reaches the
 * runtime's implementation, named after gc's symbol (cg_runtime_symbol: gosub_fmt_Sprintf,
 * gosub_testing_B_ResetTimer).
 *
 * Each function pkg.Name gets, once per module, an internal wrapper named like gc's symbol
 * ("fmt.Println") with the ordinary Go calling convention of cg.h, so that calls and func values
 * treat it like any Go function. The wrapper hands everything to the runtime by address, which
 * keeps the C side free of LLVM's aggregate-passing rules:
 *     define internal {i64, {ptr, ptr}} @fmt.Println(ptr %closure, {ptr, i64, i64} %a) {
 *       %res = alloca {i64, {ptr, ptr}}       ; the results, in Go layout
 *       %a.addr = alloca {ptr, i64, i64}      ; each parameter, in Go layout
 *       store %a, %a.addr
 *       call void @gosub_fmt_Println(ptr %res, ptr %a.addr)
 *       %r = load {i64, {ptr, ptr}}, ptr %res
 *       ret %r
 *     }
 * (no results: the first argument is null and the wrapper returns void). At -O2 LLVM inlines the
 * wrapper, leaving one runtime call.
 */
#include <string.h>

#include "cg.h"

/* The runtime's C name of a function it implements, from gc's symbol:
 * sync.runtime_Semacquire -> gosub_sync_runtime_Semacquire,
 * testing.(*B).ResetTimer -> gosub_testing_B_ResetTimer. */
const char *cg_runtime_symbol(const char *link_name) {
	Buf b = {0};
	buf_puts(&b, "gosub_");
	for (const char *p = link_name; *p; p++) {
		if (*p == '(' || *p == '*' || *p == ')')
			continue;
		bool word = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			    (*p >= '0' && *p <= '9') || *p == '_';
		buf_putc(&b, word ? *p : '_');
	}
	return buf_cstr(&b);
}

/* void <name>(ptr results, ptr param0, ptr param1, ...) */
static LLVMValueRef rt_impl(Cg *cg, const char *name, int nparams) {
	LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
	if (fn)
		return fn;
	LLVMTypeRef *ps = xalloc(sizeof(LLVMTypeRef) * (size_t)(nparams + 1));
	for (int i = 0; i <= nparams; i++)
		ps[i] = cg->t_ptr;
	LLVMTypeRef fnty = LLVMFunctionType(cg->t_void, ps, (unsigned)nparams + 1, 0);
	return LLVMAddFunction(cg->mod, name, fnty);
}

/* The body of wrapper w: every parameter after the closure (a method's receiver included) goes to
 * the runtime function `impl` by address. */
static void build_wrapper_body(Cg *cg, const char *impl_name, LLVMValueRef w, LLVMTypeRef wty) {
	int np = (int)LLVMCountParams(w) - 1;
	LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
	LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cg->ctx, w, "entry"));
	LLVMTypeRef rty = LLVMGetReturnType(wty);
	bool is_void = LLVMGetTypeKind(rty) == LLVMVoidTypeKind;
	LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (size_t)(np + 1));
	args[0] = is_void ? LLVMConstNull(cg->t_ptr) : LLVMBuildAlloca(b, rty, "res");
	for (int i = 0; i < np; i++) {
		LLVMValueRef p = LLVMGetParam(w, (unsigned)i + 1);
		args[i + 1] = LLVMBuildAlloca(b, LLVMTypeOf(p), "arg");
		LLVMBuildStore(b, p, args[i + 1]);
	}
	LLVMValueRef impl = rt_impl(cg, impl_name, np);
	LLVMBuildCall2(b, LLVMGlobalGetValueType(impl), impl, args, (unsigned)np + 1, "");
	if (is_void)
		LLVMBuildRetVoid(b);
	else
		LLVMBuildRet(b, LLVMBuildLoad2(b, rty, args[0], "r"));
	LLVMDisposeBuilder(b);
}

/* A method of a package type (testing.(*B).ResetTimer, a Func without a body, see stdpkg.c):
 * the already declared function f becomes an internal wrapper calling
 * gosub_testing_B_ResetTimer(ptr results, ptr &recv, ptr &params...). */
void cg_extern_method_body(Cg *cg, Func *fn, LLVMValueRef f) {
	LLVMSetLinkage(f, LLVMInternalLinkage);
	build_wrapper_body(cg, cg_runtime_symbol(fn->link_name), f, LLVMGlobalGetValueType(f));
}

/* Before a call of a testing method: tell the runtime the call's source position, which
 * t.Errorf and friends print as gc's test binaries do ("x_test.go:12: message"). */
void cg_extern_method_pos(Cg *cg, Func *fn, Pos pos) {
	if (fn->decl || !fn->recv_type)
		return;
	const char *file = pos.file ? pos.file->path : "?";
	const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
	LLVMValueRef a[2] = {LLVMBuildGlobalStringPtr(cg->b, base, "file"),
			     LLVMConstInt(cg->t_i64, (unsigned long long)pos.line, 0)};
	LLVMTypeRef ps[2] = {cg->t_ptr, cg->t_i64};
	LLVMTypeRef fnty = LLVMFunctionType(cg->t_void, ps, 2, 0);
	LLVMValueRef setpos = LLVMGetNamedFunction(cg->mod, "gosub_testing_set_pos");
	if (!setpos)
		setpos = LLVMAddFunction(cg->mod, "gosub_testing_set_pos", fnty);
	LLVMBuildCall2(cg->b, fnty, setpos, a, 2, "");
}

/* A function of a source package declared without a body (gc implements those in assembly or
 * in its runtime): an intrinsic when one computes it (cg_intrinsic.c), else a wrapper calling
 * the runtime's C implementation (see runtime/README.md for the list). */
void cg_extern_body(Cg *cg, Func *fn, LLVMValueRef f) {
	if (cg_intrinsic_body(cg, fn, f))
		return;
	build_wrapper_body(cg, cg_runtime_symbol(fn->link_name), f, LLVMGlobalGetValueType(f));
}

/* The wrapper of a package function (declared and defined on first use). */
LLVMValueRef cg_extern_func(Cg *cg, Symbol *s) {
	const char *name = fmt("%s.%s", s->pkg, s->name);
	LLVMValueRef w = LLVMGetNamedFunction(cg->mod, name);
	if (w)
		return w;
	LLVMTypeRef wty = cg_func_type(cg, s->type, NULL);
	w = LLVMAddFunction(cg->mod, name, wty);
	LLVMSetLinkage(w, LLVMInternalLinkage);
	build_wrapper_body(cg, cg_runtime_symbol(name), w, wty);
	return w;
}

static Symbol *callee_symbol(Node *call) { return ast_unparen(call->call.fn)->sel.sym; }

/* fmt.Println(a...): a static call of the wrapper, arguments as for any Go call. */
LLVMValueRef cg_extern_call(Cg *cg, Node *call) {
	Symbol *s = callee_symbol(call);
	LLVMValueRef w = cg_extern_func(cg, s);
	int n;
	LLVMValueRef *args = cg_call_args(cg, call, s->type, &n, false);
	LLVMValueRef *all = cg_prepend_arg(LLVMConstNull(cg->t_ptr), args, n);
	LLVMTypeRef wty = LLVMGlobalGetValueType(w);
	bool is_void = LLVMGetTypeKind(LLVMGetReturnType(wty)) == LLVMVoidTypeKind;
	/* -allocprof: what the library allocates is this call's (cg_allocprof.c) */
	bool profiled = cg_allocprof_begin_extern(cg, fmt("%s.%s", s->pkg, s->name)) != NULL;
	LLVMValueRef r = LLVMBuildCall2(cg->b, wty, w, all, (unsigned)n + 1, is_void ? "" : "call");
	if (profiled)
		cg_allocprof_end(cg);
	return is_void ? NULL : r;
}

/* f := fmt.Sprintf: a constant closure record { @fmt.Sprintf }, as for top-level functions. */
LLVMValueRef cg_extern_func_value(Cg *cg, Symbol *s) {
	const char *name = fmt("%s.%s\xc2\xb7"
			       "f",
			       s->pkg, s->name);
	LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
	return g ? g : cg_const_func_record(cg, name, cg_extern_func(cg, s));
}
