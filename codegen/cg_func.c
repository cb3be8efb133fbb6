/* cg_func.c: functions, their parameters, results and local variables, and closure records.
 *
 * Input: a Func (top-level function, method or function literal) with escape decisions on its
 * variables. Output: its LLVM function. The calling convention (see cg.h) gives every function a
 * leading `ptr %closure`, so that calling any func value is one uniform indirect call. Every
 * variable lives in memory at first: an entry-block alloca when escape/ proved it does not outlive
 * the function (mem2reg/SROA then promote it to registers), else a heap cell from gosub_alloc
 * ("moved to heap"). Parameters are copied into their cell at entry; results have cells too, and
 * every `return` stores into them and then returns their values.
 */
#include <string.h>

#include "cg.h"

#include <llvm-c/Comdat.h>

/* ---- types and declarations ---------------------------------------------------------------- */

static LLVMTypeRef cg_results_type(Cg *cg, Type *sig) {
	int n = sig->results.len;
	if (n == 0)
		return cg->t_void;
	if (n == 1)
		return cg_type(cg, sig->results.v[0]);
	LLVMTypeRef *elts = xalloc(sizeof *elts * (size_t)n);
	for (int i = 0; i < n; i++)
		elts[i] = cg_type(cg, sig->results.v[i]);
	return LLVMStructTypeInContext(cg->ctx, elts, (unsigned)n, 0);
}

/* Values bigger than this cross calls by address: LLVM's instruction selection handles huge
 * first-class aggregates (a [1 << 20]byte argument) extremely slowly. */
enum { BYREF_MIN = 256 };

bool cg_byref(Cg *cg, LLVMTypeRef ty) {
	LLVMTypeKind k = LLVMGetTypeKind(ty);
	return (k == LLVMStructTypeKind || k == LLVMArrayTypeKind) && cg_sizeof(cg, ty) > BYREF_MIN;
}

/* The results of sig come back through memory: an extra last parameter `ptr %sret`. */
bool cg_sret(Cg *cg, Type *sig) { return cg_byref(cg, cg_results_type(cg, type_under(sig))); }

LLVMTypeRef cg_results_struct(Cg *cg, Type *sig) { return cg_results_type(cg, type_under(sig)); }

/* An instance of a generic (or a literal inside one), when packages are separate modules: every
 * module that uses it defines it, as linkonce_odr in a COMDAT of its name, so that a package's
 * object file (which the package cache keeps) never depends on which other package of a build
 * made the instance first; the linker keeps one copy. */
static void cg_instance_linkage(Cg *cg, Func *fn, LLVMValueRef f) {
	LLVMSetLinkage(f, LLVMLinkOnceODRLinkage);
	LLVMSetVisibility(f, LLVMHiddenVisibility);
	LLVMSetComdat(f, LLVMGetOrInsertComdat(cg->mod, fn->link_name));
	if (fn->pkg != cg->pkg)
		vec_push(&cg->imported, fn);
}

/* (ptr %closure, [recv], params...) -> void | result | { results... }
 * A parameter (or receiver) of a big type (cg_byref) is a `ptr` to a copy the caller made; big results are
 * stored at a last parameter `ptr %sret` and the function returns void. */
LLVMTypeRef cg_func_type(Cg *cg, Type *sig, Type *recv) {
	sig = type_under(sig);
	int n = 0;
	LLVMTypeRef *params = xalloc(sizeof *params * (size_t)(sig->params.len + 3));
	params[n++] = cg->t_ptr;
	for (int i = recv ? -1 : 0; i < sig->params.len; i++) {
		LLVMTypeRef ty = cg_type(cg, i < 0 ? recv : sig->params.v[i]);
		params[n++] = cg_byref(cg, ty) ? cg->t_ptr : ty;
	}
	LLVMTypeRef rty = cg_results_type(cg, sig);
	if (cg_byref(cg, rty)) {
		params[n++] = cg->t_ptr;
		rty = cg->t_void;
	}
	return LLVMFunctionType(rty, params, (unsigned)n, 0);
}

LLVMValueRef cg_func_decl(Cg *cg, Func *fn) {
	if (fn->cg && fn->cg_mod == cg->mod)
		return fn->cg;
	LLVMTypeRef ty = cg_func_type(cg, fn->type, fn->recv_type);
	LLVMValueRef f = LLVMGetNamedFunction(cg->mod, fn->link_name);
	if (f) { /* another module's Func.cg: this module declared it already */
		fn->cg = f;
		fn->cg_mod = cg->mod;
		return f;
	}
	f = LLVMAddFunction(cg->mod, fn->link_name, ty);
	bool on_demand = (!fn->decl && fn->recv_type) || (fn->decl && !fn->decl->func.body);
	/* Private to the module (so the optimiser may delete a function inlined everywhere),
	 * except what the runtime calls by name (rt_main.c): main.main and main..init, and, when
	 * packages are separate modules, what other packages may call (see codegen.c). */
	if (cg->split && !on_demand && fn->origin) {
		cg_instance_linkage(cg, fn, f);
	} else if (cg->split && !on_demand && fn->pkg != cg->prog->main) {
		if (fn->pkg == cg->pkg) {
			cg_export(cg, f);
		} else {
			LLVMSetVisibility(f, LLVMHiddenVisibility);
			cg_import_note(cg, fn, f);
		}
	} else if (fn->outer ||
		   (strcmp(fn->link_name, "main.main") != 0 && strcmp(fn->link_name, "main..init") != 0))
		LLVMSetLinkage(f, LLVMInternalLinkage);
	LLVMSetValueName2(LLVMGetParam(f, 0), "closure", 7);
	if (cg_sret(cg, fn->type))
		LLVMSetValueName2(LLVMGetLastParam(f), "sret", 4);
	if (fn->noinline)
		cg_add_fn_attr(cg, f, "noinline");
	fn->cg = f;
	fn->cg_mod = cg->mod;
	if (!fn->decl && fn->recv_type) /* a method of a package type gosub implements (stdpkg.c) */
		cg_extern_method_body(cg, fn, f);
	else if (fn->decl && !fn->decl->func.body)
		cg_extern_body(cg, fn, f);
	return f;
}

/* A top-level function used as a value: the constant record `main.f·f` = { ptr @main.f }
 * (gc's name for the same object). */
LLVMValueRef cg_func_value(Cg *cg, Func *fn) {
	const char *name = fmt("%s\xc2\xb7"
			       "f",
			       fn->link_name);
	LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
	return g ? g : cg_const_func_record(cg, name, cg_func_decl(cg, fn));
}

/* The constant closure record `name` = { ptr code } of a function that captures nothing. */
LLVMValueRef cg_const_func_record(Cg *cg, const char *name, LLVMValueRef code) {
	LLVMValueRef init = LLVMConstStructInContext(cg->ctx, &code, 1, 0);
	LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMInternalLinkage);
	return g;
}

/* { ptr code, capture 0, capture 1, ... }: a by-reference capture holds the variable's address,
 * a by-value capture a copy of its value. */
LLVMTypeRef cg_closure_type(Cg *cg, Func *lit) {
	int n = lit->captures.len;
	LLVMTypeRef *elts = xalloc(sizeof *elts * (size_t)(n + 1));
	elts[0] = cg->t_ptr;
	for (int i = 0; i < n; i++) {
		Capture *c = &lit->captures.v[i];
		elts[i + 1] = c->by_ref ? cg->t_ptr : cg_type(cg, c->var->type);
	}
	return LLVMStructTypeInContext(cg->ctx, elts, (unsigned)n + 1, 0);
}

/* ---- memory for variables ------------------------------------------------------------------- */

int64_t cg_sizeof(Cg *cg, LLVMTypeRef ty) { return (int64_t)LLVMABISizeOfType(cg->td, ty); }

/* A fresh builder at the very top of the current function's entry block (dispose it after use). */
LLVMBuilderRef cg_entry_builder(Cg *cg) {
	LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
	LLVMValueRef first = LLVMGetFirstInstruction(cg->f->entry);
	if (first)
		LLVMPositionBuilderBefore(b, first);
	else
		LLVMPositionBuilderAtEnd(b, cg->f->entry);
	return b;
}

/* Allocas all go to the top of the entry block, where mem2reg looks for them. */
LLVMValueRef cg_entry_alloca(Cg *cg, LLVMTypeRef ty, const char *name) {
	LLVMBuilderRef b = cg_entry_builder(cg);
	LLVMValueRef a = LLVMBuildAlloca(b, ty, name);
	LLVMDisposeBuilder(b);
	return a;
}

/* gosub_alloc(size, ptrfree): zeroed memory the collector scans only when T holds pointers. */
LLVMValueRef cg_heap_alloc(Cg *cg, Type *t, const char *name) {
	int64_t size = cg_sizeof(cg, cg_type(cg, t));
	if (type_size(t) > size)
		size = type_size(t);
	LLVMValueRef args[2] = {
	    LLVMConstInt(cg->t_i64, (unsigned long long)size, 0),
	    LLVMConstInt(cg->t_i1, !type_has_pointers(t), 0),
	};
	LLVMValueRef p = cg_rtcall(cg, "gosub_alloc", args, 2);
	LLVMSetValueName2(p, name, strlen(name));
	return p;
}

/* Zero the memory of a T at addr: a store for scalars, a memset for aggregates (LLVM handles
 * big first-class aggregate stores poorly). */
static void cg_zero_memory(Cg *cg, Type *t, LLVMValueRef addr) {
	LLVMTypeRef ty = cg_type(cg, t);
	LLVMTypeKind k = LLVMGetTypeKind(ty);
	if (k == LLVMStructTypeKind || k == LLVMArrayTypeKind) {
		LLVMValueRef size = LLVMConstInt(cg->t_i64, (unsigned long long)cg_sizeof(cg, ty), 0);
		LLVMBuildMemSet(cg->b, addr, LLVMConstInt(cg->t_i8, 0, 0), size,
				(unsigned)LLVMABIAlignmentOfType(cg->td, ty));
		return;
	}
	LLVMBuildStore(cg->b, LLVMConstNull(ty), addr);
}

/* Declares a local variable at the current point (a declaration inside a loop runs once per
 * iteration, so each iteration gets a fresh zeroed variable, as the spec requires):
 *   stack:  %x.addr = alloca T (entry block); store zeroinitializer, ptr %x.addr
 *   heap:   %x = call ptr @gosub_alloc(i64 size, i1 ptrfree)      ; "moved to heap: x" */
LLVMValueRef cg_alloc_var(Cg *cg, Symbol *var) {
	LLVMValueRef addr;
	if (esc_var_on_heap(var)) {
		cg->site_var = var; /* -allocprof: "moved to heap: x" */
		addr = cg_heap_alloc(cg, var->type, var->name);
		cg->site_var = NULL;
	} else {
		addr = cg_entry_alloca(cg, cg_type(cg, var->type), fmt("%s.addr", var->name));
		if (cg->opt->sanitize_stack)
			cg_iteration_var(cg, addr, cg_type(cg, var->type));
		cg_zero_memory(cg, var->type, addr);
	}
	var->cg = addr;
	cg_debug_var(cg, var, addr, 0);
	return addr;
}

/* The address of any variable: captured ones through the closure record of the function being
 * generated, the others from Symbol.cg (a global, an alloca, or a heap cell). */
LLVMValueRef cg_var_addr(Cg *cg, Symbol *var) {
	Func *fn = cg->f ? cg->f->fn : NULL;
	if (fn && !var->is_global)
		for (int i = 0; i < fn->captures.len; i++)
			if (fn->captures.v[i].var == var)
				return cg->f->capture_addrs[i];
	if (var->is_global)
		return cg_global(cg, var);
	if (!var->cg)
		fatal("variable %s has no storage at %s", var->name, pos_str(var->pos));
	return var->cg;
}

/* ---- function bodies ----------------------------------------------------------------------- */

/* In a function literal, each captured variable's address:
 *   by reference: %x = load ptr, (gep %closure, i+1)     (the record holds &x)
 *   by value:     %x = gep %closure, i+1                 (the record holds a copy) */
static void cg_bind_captures(Cg *cg, Func *fn) {
	int n = fn->captures.len;
	if (n == 0)
		return;
	LLVMTypeRef rec = cg_closure_type(cg, fn);
	cg->f->capture_addrs = xalloc(sizeof(LLVMValueRef) * (size_t)n);
	for (int i = 0; i < n; i++) {
		Capture *c = &fn->captures.v[i];
		LLVMValueRef slot = LLVMBuildStructGEP2(cg->b, rec, cg->f->closure, (unsigned)i + 1,
							fmt("%s.cap", c->var->name));
		cg->f->capture_addrs[i] =
		    c->by_ref ? LLVMBuildLoad2(cg->b, cg->t_ptr, slot, c->var->name) : slot;
		cg_debug_var(cg, c->var, cg->f->capture_addrs[i], 0);
	}
}

/* A parameter's cell starts as the argument: no zeroing store first. Besides being dead, that
 * store breaks -sanitize=stack at -O0: AddressSanitizer hoists the store of an argument into its
 * (uninstrumented) alloca above its own prologue, skipping over other stores, so the zeroing
 * store would then run last and the parameter would read as zero. */
static void cg_bind_param(Cg *cg, Symbol *p, LLVMValueRef arg, unsigned argno) {
	LLVMSetValueName2(arg, p->name, strlen(p->name));
	LLVMValueRef addr;
	if (esc_var_on_heap(p)) {
		addr = cg_alloc_var(cg, p); /* described as a parameter below */
	} else {
		addr = cg_entry_alloca(cg, cg_type(cg, p->type), fmt("%s.addr", p->name));
		p->cg = addr;
	}
	cg_debug_var(cg, p, addr, argno);
	if (cg_byref(cg, cg_type(cg, p->type)) && LLVMTypeOf(arg) == cg->t_ptr)
		cg_copy_mem(cg, p->type, addr, arg); /* the caller's copy, by address */
	else
		cg_store(cg, p->type, arg, addr);
}

/* *dst = *src for a value of type t, as llvm.memcpy. */
void cg_copy_mem(Cg *cg, Type *t, LLVMValueRef dst, LLVMValueRef src) {
	unsigned align = type_align(t) > 0 ? (unsigned)type_align(t) : 1;
	LLVMBuildMemCpy(cg->b, dst, align, src, align,
			LLVMConstInt(cg->t_i64, (unsigned long long)type_size(t), 0));
}

static void cg_bind_params(Cg *cg, Func *fn) {
	unsigned k = 1; /* LLVM's parameter k is Go's parameter k (1-based), after %closure */
	if (fn->recv_type) {
		if (fn->recv)
			cg_bind_param(cg, fn->recv, LLVMGetParam(cg->f->llfn, k), k);
		k++;
	}
	for (int i = 0; i < fn->params.len; i++, k++)
		cg_bind_param(cg, fn->params.v[i], LLVMGetParam(cg->f->llfn, k), k);
	int nr = fn->results.len;
	cg->f->result_addrs = xalloc(sizeof(LLVMValueRef) * (size_t)(nr + 1));
	for (int i = 0; i < nr; i++)
		cg->f->result_addrs[i] = cg_alloc_var(cg, fn->results.v[i]);
}

/* Big results (cg_sret): each result cell copied into the caller's buffer, then ret void.
 *   one:      memcpy(%sret, %r.addr)
 *   several:  memcpy(gep { results... } %sret, i, %ri.addr) for each i */
static void return_through_memory(Cg *cg, Func *fn) {
	LLVMValueRef sret = LLVMGetLastParam(cg->f->llfn);
	int n = fn->results.len;
	LLVMTypeRef rty = cg_results_struct(cg, fn->type);
	for (int i = 0; i < n; i++) {
		LLVMValueRef dst = n == 1 ? sret : LLVMBuildStructGEP2(cg->b, rty, sret, (unsigned)i, "");
		cg_copy_mem(cg, fn->results.v[i]->type, dst, cg->f->result_addrs[i]);
	}
	LLVMBuildRetVoid(cg->b);
}

/* ret of the result cells' current values: void, one value, or { results... }. */
void cg_return_results(Cg *cg) {
	Func *fn = cg->f->fn;
	int n = fn ? fn->results.len : 0;
	if (cg->f->defer_head)
		cg_run_defers(cg);
	if (n == 0) {
		LLVMBuildRetVoid(cg->b);
		return;
	}
	if (LLVMGetTypeKind(LLVMGetReturnType(cg->f->llty)) == LLVMVoidTypeKind) {
		return_through_memory(cg, fn);
		return;
	}
	if (n == 1) {
		Symbol *r = fn->results.v[0];
		LLVMBuildRet(cg->b, cg_load(cg, r->type, cg->f->result_addrs[0], r->name));
		return;
	}
	LLVMTypeRef rty = LLVMGetReturnType(cg->f->llty);
	LLVMValueRef agg = LLVMGetUndef(rty);
	for (int i = 0; i < n; i++) {
		Symbol *r = fn->results.v[i];
		LLVMValueRef v = cg_load(cg, r->type, cg->f->result_addrs[i], r->name);
		agg = LLVMBuildInsertValue(cg->b, agg, v, (unsigned)i, "");
	}
	LLVMBuildRet(cg->b, agg);
}

static void cg_begin(Cg *cg, CgFunc *f, LLVMValueRef llfn) {
	memset(f, 0, sizeof *f);
	f->llfn = llfn;
	f->llty = LLVMGlobalGetValueType(llfn);
	f->entry = LLVMAppendBasicBlockInContext(cg->ctx, llfn, "entry");
	cg->f = f;
	LLVMPositionBuilderAtEnd(cg->b, f->entry);
	LLVMSetCurrentDebugLocation2(cg->b, NULL); /* until cg_debug_func says where */
}

void cg_gen_func(Cg *cg, Func *fn) {
	if (!fn->outer && cg_intrinsic_body(cg, fn, cg_func_decl(cg, fn)))
		return; /* math.Sqrt: one instruction, not its Go body */
	CgFunc f;
	cg_begin(cg, &f, cg_func_decl(cg, fn));
	f.fn = fn;
	f.closure = LLVMGetParam(f.llfn, 0);
	cg_debug_func(cg, fn);
	cg_bind_captures(cg, fn);
	cg_bind_params(cg, fn);
	if (fn->has_defer)
		cg_defer_begin(cg);
	Node *body = fn->decl->func.body;
	cg_block(cg, body);
	cg_debug_enter(cg, body->block.rbrace); /* falling off the end returns at the `}`, as gc says */
	if (!cg_block_terminated(cg))
		cg_return_results(cg);
	cg->f = NULL;
}

/* pkg..init: a package's initialiser. It runs the global variables' initialisers that are not
 * static data (cg_static.c) in the checker's dependency order, then the init functions in source order (Go spec: Package
 * initialization). main..init, which the runtime calls before main.main, first calls every other
 * package's initialiser in the program's order, which puts each after the packages it imports:
 *   define void @main..init(ptr %closure) {
 *     call void @unicode/utf8..init(ptr null)   ; ... every imported package, in order
 *     <main's global initialisers>; call void @main.init.0(ptr null) ...  */
/* "main..init" for the main package whatever its name, since the runtime calls it (and `gosubc
 * test` builds packages of any name into a program); "<link>..init" for the others. */
static LLVMValueRef init_func(Cg *cg, Package *pkg) {
	const char *name =
	    pkg->link && strcmp(pkg->link, "main") != 0 ? fmt("%s..init", pkg->link) : "main..init";
	LLVMValueRef f = LLVMGetNamedFunction(cg->mod, name);
	if (f)
		return f;
	LLVMTypeRef ty = LLVMFunctionType(cg->t_void, &cg->t_ptr, 1, 0);
	f = LLVMAddFunction(cg->mod, name, ty);
	if (strcmp(name, "main..init") == 0)
		return f;
	if (!cg->split)
		LLVMSetLinkage(f, LLVMInternalLinkage);
	else if (pkg == cg->pkg)
		cg_export(cg, f);
	else
		LLVMSetVisibility(f, LLVMHiddenVisibility);
	return f;
}

void cg_gen_init(Cg *cg, Program *prog) {
	Package *pkg = cg->pkg;
	LLVMTypeRef ty = LLVMFunctionType(cg->t_void, &cg->t_ptr, 1, 0); /* (ptr %closure), like main.main */
	LLVMValueRef init = init_func(cg, pkg);
	CgFunc f;
	cg_begin(cg, &f, init);
	cg_debug_helper(cg);
	f.closure = LLVMGetParam(init, 0);
	LLVMSetValueName2(f.closure, "closure", 7);
	LLVMValueRef null = LLVMConstNull(cg->t_ptr);
	for (int i = 0; pkg == prog->main && i < prog->pkgs.len; i++)
		if (prog->pkgs.v[i] != pkg)
			LLVMBuildCall2(cg->b, ty, init_func(cg, prog->pkgs.v[i]), &null, 1, "");
	for (int i = 0; i < cg->dyn_inits.len; i++)
		cg_stmt(cg, cg->dyn_inits.v[i]);
	for (int i = 0; i < pkg->init_fns.len; i++) {
		Func *fn = pkg->init_fns.v[i];
		LLVMValueRef callee = cg_func_decl(cg, fn);
		LLVMBuildCall2(cg->b, LLVMGlobalGetValueType(callee), callee, &null, 1, "");
	}
	LLVMBuildRetVoid(cg->b);
	cg->f = NULL;
}
