/* cg_defer.c: defer statements (Go spec: Defer statements) and recover.
 *
 * Input: ND_DEFER statements of a function with Func.has_defer. Output: a per-function list of
 * deferred calls, run last-in first-out when the function returns. As gc does, `defer f(a, b)`
 * evaluates f and its arguments at the defer statement and keeps them in a record; here the
 * record is a closure record whose code is a generated wrapper that makes the call:
 *
 *   record  { ptr wrapper, ptr next, <function value or receiver>, <arguments>... }
 *   define internal void @"main.f.deferwrap1"(ptr %closure)     ; loads the fields, calls
 *
 * The record lives in the frame for a defer outside loops and on the heap otherwise (escape/
 * decides, on the ND_DEFER node). The list head is an entry-block alloca; every return runs
 * @go.rundefers on it after storing the results, so deferred closures can change named results.
 *
 * So that a panic can run the list and a recovering deferred call can resume the function, the
 * function also registers a GoDeferFrame with the runtime (gosubrt.h) and calls _setjmp at entry:
 *   entry:          gosub_defer_enter(&frame, &defers); br (_setjmp(frame.jmpbuf) != 0), recovered, body
 *   every return:   store results; @go.rundefers(&defers); gosub_defer_leave(&frame); ret results
 *   recovered:      the same, with the results as the deferred calls left them in memory.
 * What the recovered path reads after the longjmp must live in memory that LLVM cannot cache in
 * registers: the list head's address goes to the runtime, and the result cells' addresses are
 * handed to an empty inline asm, so both count as escaped and are never promoted to registers.
 *
 * recover() works only in a function called directly by the deferred call a panic is running:
 * each wrapper arms its callee with the record (gosub_defer_arm), and a function containing
 * recover() takes the token at entry and hands it to gosub_recover_direct (see rt_unwind.c).
 */
#include <string.h>

#include "cg_data.h"

/* ---- the list of deferred calls ------------------------------------------------------------- */

/* An empty `asm sideeffect "" "r,~{memory}"(ptr %p)`: p's object counts as escaped. */
static void escape_to_asm(Cg *cg, LLVMValueRef p) {
	LLVMTypeRef ty = LLVMFunctionType(cg->t_void, &cg->t_ptr, 1, 0);
	LLVMValueRef asm_fn =
	    LLVMGetInlineAsm(ty, "", 0, "r,~{memory}", 11, 1, 0, LLVMInlineAsmDialectATT, 0);
	LLVMBuildCall2(cg->b, ty, asm_fn, &p, 1, "");
}

/* i32 @_setjmp(ptr) returns_twice: glibc's setjmp without the signal mask. */
static LLVMValueRef cg_setjmp(Cg *cg, LLVMValueRef jmpbuf) {
	LLVMTypeRef ty = LLVMFunctionType(cg->t_i32, &cg->t_ptr, 1, 0);
	LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, "_setjmp");
	unsigned kind = LLVMGetEnumAttributeKindForName("returns_twice", 13);
	LLVMAttributeRef attr = LLVMCreateEnumAttribute(cg->ctx, kind, 0);
	if (!fn) {
		fn = LLVMAddFunction(cg->mod, "_setjmp", ty);
		LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, attr);
	}
	LLVMValueRef r = LLVMBuildCall2(cg->b, ty, fn, &jmpbuf, 1, "setjmp");
	LLVMAddCallSiteAttribute(r, LLVMAttributeFunctionIndex, attr);
	return r;
}

/* At the entry of a function with defer statements (after its parameters and results exist):
 *   %defers = alloca ptr; store null
 *   %frame = alloca GoDeferFrame { ptr link, ptr head, [25 x ptr] jmpbuf }
 *   call @gosub_defer_enter(%frame, %defers)
 *   br (_setjmp(&frame.jmpbuf) != 0), defer.recovered, defer.body */
void cg_defer_begin(Cg *cg) {
	CgFunc *f = cg->f;
	f->defer_head = cg_entry_alloca(cg, cg->t_ptr, "defers");
	LLVMBuildStore(cg->b, LLVMConstNull(cg->t_ptr), f->defer_head);
	f->defer_frame = cg_entry_alloca(cg, cg->t_godeferframe, "defer.frame");
	for (int i = 0; f->fn && i < f->fn->results.len; i++)
		escape_to_asm(cg, f->result_addrs[i]);
	LLVMValueRef args[2] = {f->defer_frame, f->defer_head};
	cg_rtcall(cg, "gosub_defer_enter", args, 2);
	LLVMValueRef jb =
	    LLVMBuildStructGEP2(cg->b, cg->t_godeferframe, f->defer_frame, CGL_GoDeferFrame_jmpbuf, "jmpbuf");
	LLVMValueRef again =
	    LLVMBuildICmp(cg->b, LLVMIntNE, cg_setjmp(cg, jb), LLVMConstInt(cg->t_i32, 0, 0), "");
	LLVMBasicBlockRef recovered = cg_new_block(cg, "defer.recovered");
	LLVMBasicBlockRef body = cg_new_block(cg, "defer.body");
	LLVMBuildCondBr(cg->b, again, recovered, body);
	LLVMPositionBuilderAtEnd(cg->b, recovered);
	cg_return_results(cg);
	LLVMPositionBuilderAtEnd(cg->b, body);
}

/* define internal void @go.rundefers(ptr %head):
 *   loop: %d = load %head; br (%d == null), done, run
 *   run:  store d->next, %head; call d->code(%d); br loop */
static LLVMValueRef rundefers_func(Cg *cg) {
	LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, "go.rundefers");
	if (fn)
		return fn;
	LLVMTypeRef ty = LLVMFunctionType(cg->t_void, &cg->t_ptr, 1, 0);
	fn = LLVMAddFunction(cg->mod, "go.rundefers", ty);
	LLVMSetLinkage(fn, LLVMInternalLinkage);
	LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
	LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry");
	LLVMBasicBlockRef loop = LLVMAppendBasicBlockInContext(cg->ctx, fn, "loop");
	LLVMBasicBlockRef run = LLVMAppendBasicBlockInContext(cg->ctx, fn, "run");
	LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(cg->ctx, fn, "done");
	LLVMValueRef head = LLVMGetParam(fn, 0);
	LLVMPositionBuilderAtEnd(b, entry);
	LLVMBuildBr(b, loop);
	LLVMPositionBuilderAtEnd(b, loop);
	LLVMValueRef d = LLVMBuildLoad2(b, cg->t_ptr, head, "d");
	LLVMBuildCondBr(b, LLVMBuildIsNull(b, d, ""), done, run);
	LLVMPositionBuilderAtEnd(b, run);
	LLVMValueRef off = LLVMConstInt(cg->t_i64, offsetof(GoDefer, next), 0);
	LLVMValueRef next =
	    LLVMBuildLoad2(b, cg->t_ptr, LLVMBuildInBoundsGEP2(b, cg->t_i8, d, &off, 1, ""), "next");
	LLVMBuildStore(b, next, head);
	LLVMValueRef code = LLVMBuildLoad2(b, cg->t_ptr, d, "code");
	LLVMBuildCall2(b, ty, code, &d, 1, "");
	LLVMBuildBr(b, loop);
	LLVMPositionBuilderAtEnd(b, done);
	LLVMBuildRetVoid(b);
	LLVMDisposeBuilder(b);
	return fn;
}

/* Before each return: run the pending deferred calls, then unregister the frame. */
void cg_run_defers(Cg *cg) {
	LLVMValueRef fn = rundefers_func(cg);
	LLVMBuildCall2(cg->b, LLVMGlobalGetValueType(fn), fn, &cg->f->defer_head, 1, "");
	cg_rtcall(cg, "gosub_defer_leave", &cg->f->defer_frame, 1);
}

/* The function's recover token: `%rtok = call @gosub_recover_token(<this function>)`, made once,
 * as the entry block's first instruction, so it runs before anything the function calls (the
 * wrapper's arming is for this callee alone and must be taken before any other call re-arms). */
static LLVMValueRef recover_token(Cg *cg) {
	LLVMTypeRef fnty;
	LLVMValueRef fn = cg_rtfunc(cg, "gosub_recover_token", &fnty);
	for (LLVMValueRef i = LLVMGetFirstInstruction(cg->f->entry); i; i = LLVMGetNextInstruction(i))
		if (LLVMIsACallInst(i) && LLVMGetCalledValue(i) == fn)
			return i;
	LLVMBuilderRef b = cg_entry_builder(cg);
	LLVMValueRef self = cg->f->llfn;
	LLVMValueRef tok = LLVMBuildCall2(b, fnty, fn, &self, 1, "rtok");
	LLVMDisposeBuilder(b);
	return tok;
}

/* recover() (Go spec: Handling panics): the value of the panic being handled, which stops it,
 * if this function was called directly by the deferred call that the panic is running; nil
 * otherwise (no panic, already recovered, or not called directly by a deferred function). */
LLVMValueRef cg_recover(Cg *cg) {
	LLVMValueRef tok = recover_token(cg);
	return cg_rtcall(cg, "gosub_recover_direct", &tok, 1);
}

/* In a helper that only forwards to callee (an itab wrapper, a method value's code): if the
 * helper is the armed deferred callee, callee becomes it. */
void cg_defer_forward(Cg *cg, LLVMValueRef callee) {
	LLVMValueRef args[2] = {LLVMGetBasicBlockParent(LLVMGetInsertBlock(cg->b)), callee};
	cg_rtcall(cg, "gosub_defer_forward", args, 2);
}

/* In a deferred-call wrapper, just before the call: this callee may take the recover token. */
static void arm_callee(Cg *cg, LLVMValueRef code) {
	LLVMValueRef args[2] = {code, cg->f->closure};
	cg_rtcall(cg, "gosub_defer_arm", args, 2);
}

/* ---- what a deferred call needs ------------------------------------------------------------- */

typedef enum DeferKind {
	DK_STATIC,
	DK_CLOSURE,
	DK_IFACE,
	DK_PRINT,
	DK_PRINTLN,
	DK_PANIC,
	DK_DELETE,
	DK_RECOVER,
	DK_CLOSE,
	DK_COPY
} DeferKind;

/* vals[val] is a slice whose array, of Go type arr, is copied into the record (find_moved_arrays). */
typedef struct DeferArray {
	int val;
	Type *arr;
} DeferArray;

/* The call, taken apart at the defer statement: vals[] are stored in the record. */
typedef struct DeferCall {
	DeferKind kind;
	LLVMValueRef callee; /* DK_STATIC: the function */
	LLVMTypeRef fnty;    /* DK_STATIC / DK_CLOSURE / DK_IFACE: the type of the call */
	int method_index;    /* DK_IFACE: the method's slot in the itab */
	Type **types;        /* DK_PRINT*: the operands' Go types; DK_DELETE: the map type */
	LLVMTypeRef results; /* DK_STATIC / DK_CLOSURE / DK_IFACE: cg_results_struct of the callee */
	LLVMValueRef *vals;
	int n;
	bool go;            /* a go statement's call: nobody can recover in it */
	Type *sig;          /* the callee's signature, for a call with Go parameters */
	DeferArray *arrays; /* slice arguments whose backing arrays move into the record */
	int narrays;
	LLVMTypeRef *big; /* big[i]: vals[i] is the address of a copy of a big value of this type */
} DeferCall;

static void defer_push_vals(DeferCall *d, LLVMValueRef first, LLVMValueRef *rest, int nrest) {
	d->vals = cg_prepend_arg(first, rest, nrest);
	d->n = nrest + 1;
}

/* (ptr %closure, ptr %data, params...) -> results: how itab entries are called. */
static LLVMTypeRef iface_fn_type(Cg *cg, Type *sig) {
	LLVMTypeRef base = cg_func_type(cg, sig, NULL);
	unsigned n = LLVMCountParamTypes(base);
	LLVMTypeRef *params = xalloc(sizeof(LLVMTypeRef) * (n + 1));
	LLVMGetParamTypes(base, params + 1);
	params[0] = cg->t_ptr;
	params[1] = cg->t_ptr;
	return LLVMFunctionType(LLVMGetReturnType(base), params, n + 1, 0);
}

static int iface_method_index(Type *it, const char *name) {
	int i = type_method_index(type_under(it), name);
	if (i >= 0)
		return i;
	fatal("interface %s has no method %s", type_string(it), name);
}

static bool defer_builtin(Cg *cg, Node *call, DeferCall *d) {
	switch (call->call.builtin) {
	case BI_PRINT:
	case BI_PRINTLN:
		d->kind = call->call.builtin == BI_PRINT ? DK_PRINT : DK_PRINTLN;
		d->n = cg_print_operands(cg, call, &d->types, &d->vals);
		return true;
	case BI_PANIC:
	case BI_CLOSE: /* defer close(c): c is evaluated now */
		d->kind = call->call.builtin == BI_PANIC ? DK_PANIC : DK_CLOSE;
		d->vals = xalloc(sizeof(LLVMValueRef));
		d->vals[0] = cg_expr(cg, call->call.args.v[0]);
		d->n = 1;
		return true;
	case BI_RECOVER: /* gc: as if this function called recover() itself, when the call runs */
		d->kind = DK_RECOVER;
		d->vals = xalloc(sizeof(LLVMValueRef));
		d->vals[0] = recover_token(cg);
		d->n = 1;
		return true;
	case BI_DELETE:
	case BI_COPY: /* the map or destination type, then both operands, evaluated now */
		d->kind = call->call.builtin == BI_DELETE ? DK_DELETE : DK_COPY;
		d->types = xalloc(sizeof(Type *));
		d->types[0] = call->call.args.v[0]->type;
		d->vals = xalloc(sizeof(LLVMValueRef) * 2);
		d->vals[0] = cg_expr(cg, call->call.args.v[0]);
		d->vals[1] = cg_expr(cg, call->call.args.v[1]);
		d->n = 2;
		return true;
	default: diag_error(call->pos, "defer of this builtin not supported by gosub"); return false;
	}
}

/* Evaluates the function value and the arguments of the deferred call, in Go's order. */
static bool evaluate_call(Cg *cg, Node *call, DeferCall *d) {
	int n;
	LLVMValueRef *args;
	Node *fnode = ast_unparen(call->call.fn);
	switch (call->call.kind) {
	case CALL_FUNC: {
		Func *fn = ast_ref(fnode)->func;
		d->kind = DK_STATIC;
		d->callee = cg_func_decl(cg, fn);
		d->fnty = LLVMGlobalGetValueType(d->callee);
		d->sig = fn->type;
		d->vals = cg_call_args(cg, call, fn->type, &d->n, true);
		d->results = cg_results_struct(cg, fn->type);
		return true;
	}
	case CALL_METHOD: {
		Func *m = fnode->sel.lookup.method->fn;
		d->kind = DK_STATIC;
		d->callee = cg_func_decl(cg, m);
		d->fnty = LLVMGlobalGetValueType(d->callee);
		LLVMValueRef recv = cg_arg_now(cg, cg_receiver(cg, call));
		d->sig = m->type;
		args = cg_call_args(cg, call, m->type, &n, true);
		defer_push_vals(d, recv, args, n);
		d->results = cg_results_struct(cg, m->type);
		return true;
	}
	case CALL_CLOSURE: {
		d->kind = DK_CLOSURE;
		d->fnty = cg_func_type(cg, fnode->type, NULL);
		LLVMValueRef rec = cg_expr(cg, call->call.fn);
		d->sig = fnode->type;
		args = cg_call_args(cg, call, fnode->type, &n, true);
		defer_push_vals(d, rec, args, n);
		d->results = cg_results_struct(cg, fnode->type);
		return true;
	}
	case CALL_IFACE: {
		d->kind = DK_IFACE;
		d->fnty = iface_fn_type(cg, fnode->type);
		d->method_index = iface_method_index(fnode->sel.x->type, fnode->sel.name);
		LLVMValueRef iv = cg_expr(cg, fnode->sel.x);
		cg_check_nil(cg, LLVMBuildExtractValue(cg->b, iv, 0, "itab")); /* x.M of a nil x panics now */
		d->sig = fnode->type;
		args = cg_call_args(cg, call, fnode->type, &n, true);
		defer_push_vals(d, iv, args, n);
		d->results = cg_results_struct(cg, fnode->type);
		return true;
	}
	case CALL_EXTERN: { /* defer fmt.Println(...): its wrapper is a static Go function */
		Symbol *s = fnode->sel.sym;
		d->kind = DK_STATIC;
		d->callee = cg_extern_func(cg, s);
		d->fnty = LLVMGlobalGetValueType(d->callee);
		d->sig = s->type;
		d->vals = cg_call_args(cg, call, s->type, &d->n, true);
		d->results = cg_results_struct(cg, s->type);
		return true;
	}
	case CALL_BUILTIN: return defer_builtin(cg, call, d);
	default:
		diag_error(call->pos, "defer of %s not supported by gosub", ast_expr_string(call->call.fn));
		return false;
	}
}

/* A record on the heap (a go statement, a defer in a loop) outlives the frame, so a slice
 * argument whose array escape analysis left in the frame moves into the record: the implicit
 * slice of f(a, b) for f(...T), and a literal passed whole, go f([]T{a, b}) (esc_peeled_literal).
 * gc builds both inside its wrapper; either way the array lives as long as the call. */
static void find_moved_arrays(Node *call, DeferCall *d) {
	Type *sig = d->sig ? type_under(d->sig) : NULL;
	NodeVec *args = &call->call.args;
	if (!sig || sig->kind != TY_FUNC || ast_multi_value(args) || d->n < sig->params.len)
		return;
	int np = sig->params.len, first = d->n - np;
	bool implicit = sig->variadic && !(call->flags & NF_DDD);
	int nfixed = implicit ? np - 1 : np;
	d->arrays = xalloc(sizeof(DeferArray) * (size_t)np);
	for (int i = 0; i < nfixed && i < args->len; i++) {
		Node *lit = esc_peeled_literal(args->v[i], sig->params.v[i]);
		int64_t len = lit ? cgd_literal_len(lit) : 0;
		if (len > 0 && !esc_site_on_heap(lit))
			d->arrays[d->narrays++] =
			    (DeferArray){first + i, type_array(type_under(lit->type)->elem, len)};
	}
	if (implicit && args->len > nfixed && !esc_site_on_heap(call))
		d->arrays[d->narrays++] = (DeferArray){
		    first + np - 1, type_array(type_under(sig->params.v[np - 1])->elem, args->len - nfixed)};
}

/* The values saved by address. A big argument or receiver (cg_byref) was copied to the frame
 * as soon as it was evaluated (cg_call_args' `now`); the record gets a copy of that copy, made
 * memory to memory, and the wrapper passes the callee its address. Held as a first-class LLVM
 * value instead, an [8192]byte would be loaded and stored element by element, and instruction
 * selection would take minutes (Go's recover.go). vals[first + j] is parameter j; a leading value
 * is the receiver (or a closure or interface, never big). */
static void find_big_values(Cg *cg, DeferCall *d, Type *recv) {
	Type *sig = d->sig ? type_under(d->sig) : NULL;
	if (!sig || sig->kind != TY_FUNC || d->n < sig->params.len)
		return;
	int first = d->n - sig->params.len;
	d->big = xalloc(sizeof(LLVMTypeRef) * (size_t)(d->n + 1));
	for (int i = 0; i < d->n; i++) {
		Type *t = i >= first ? sig->params.v[i - first] : recv;
		if (!t || !cg_byref(cg, cg_type(cg, t)))
			continue;
		d->vals[i] = cg_arg_now(cg, d->vals[i]); /* an f(g()) result is still a value */
		d->big[i] = cg_type(cg, t);
	}
}

static LLVMTypeRef saved_type(DeferCall *d, int i) {
	return d->big && d->big[i] ? d->big[i] : LLVMTypeOf(d->vals[i]);
}

static bool defer_evaluate(Cg *cg, Node *call, DeferCall *d) {
	if (!evaluate_call(cg, call, d))
		return false;
	Node *f = ast_unparen(call->call.fn);
	find_big_values(cg, d, call->call.kind == CALL_METHOD ? f->sel.lookup.method->fn->recv_type : NULL);
	return true;
}

/* ---- the wrapper ---------------------------------------------------------------------------- */

/* The record's member holding saved value i: after the GoDefer header { code, next }. Members
 * d->n and on hold the moved arrays. */
static unsigned value_member(int i) { return (unsigned)(CGL_GoDefer_count + i); }

static LLVMTypeRef record_type(Cg *cg, DeferCall *d) {
	int n = d->n + d->narrays;
	LLVMTypeRef *elts = xalloc(sizeof(LLVMTypeRef) * (size_t)(n + CGL_GoDefer_count));
	LLVMGetStructElementTypes(cg->t_godefer, elts); /* the GoDefer header { code, next } */
	for (int i = 0; i < d->n; i++)
		elts[value_member(i)] = saved_type(d, i);
	for (int j = 0; j < d->narrays; j++)
		elts[value_member(d->n + j)] = cg_type(cg, d->arrays[j].arr);
	return LLVMStructTypeInContext(cg->ctx, elts, value_member(n), 0);
}

/* Fill the record: each moved array is copied in and its slice pointed at the copy. */
static void store_values(Cg *cg, DeferCall *d, LLVMTypeRef rec_ty, LLVMValueRef rec) {
	for (int j = 0; j < d->narrays; j++) {
		DeferArray *a = &d->arrays[j];
		unsigned align = (unsigned)type_align(a->arr);
		LLVMValueRef dst = LLVMBuildStructGEP2(cg->b, rec_ty, rec, value_member(d->n + j), "moved");
		LLVMValueRef src = LLVMBuildExtractValue(cg->b, d->vals[a->val], 0, "");
		LLVMBuildMemCpy(cg->b, dst, align, src, align, cgd_i64(cg, type_size(a->arr)));
		d->vals[a->val] = LLVMBuildInsertValue(cg->b, d->vals[a->val], dst, 0, "");
	}
	for (int i = 0; i < d->n; i++) {
		LLVMValueRef slot = LLVMBuildStructGEP2(cg->b, rec_ty, rec, value_member(i), "");
		if (d->big && d->big[i])
			LLVMBuildMemCpy(cg->b, slot, 1, d->vals[i], 1, cgd_i64(cg, cg_sizeof(cg, d->big[i])));
		else
			LLVMBuildStore(cg->b, d->vals[i], slot);
	}
}

/* The results of a deferred call (dropped), for a callee returning them through memory. */
static LLVMTypeRef deferred_results(Cg *cg, DeferCall *d) { return d->results ? d->results : cg->t_void; }

/* A call through a func value or an interface, from inside the wrapper:
 *   closure:   nil check (deferring a nil func panics when it runs); code = rec->code
 *   interface: nil check of the itab; code = itab->fns[index]; receiver = the data word */
static void wrapper_call(Cg *cg, DeferCall *d, LLVMValueRef *v) {
	LLVMValueRef code, *args = xalloc(sizeof(LLVMValueRef) * (size_t)(d->n + 2));
	int n = 0;
	if (d->kind == DK_STATIC) {
		args[n++] = LLVMConstNull(cg->t_ptr);
		memcpy(args + n, v, sizeof(LLVMValueRef) * (size_t)d->n);
		if (!d->go)
			arm_callee(cg, d->callee);
		cg_call_abi(cg, d->fnty, d->callee, args, n + d->n, deferred_results(cg, d));
		return;
	}
	if (d->kind == DK_CLOSURE) {
		cg_check_nil(cg, v[0]);
		code = LLVMBuildLoad2(cg->b, cg->t_ptr, v[0], "code");
		args[n++] = v[0];
	} else {
		LLVMValueRef tab = LLVMBuildExtractValue(cg->b, v[0], 0, "itab");
		cg_check_nil(cg, tab);
		uint64_t slot = (uint64_t)CG_ITAB_FN_OFFSET(d->method_index);
		LLVMValueRef off = LLVMConstInt(cg->t_i64, slot, 0);
		code = LLVMBuildLoad2(cg->b, cg->t_ptr,
				      LLVMBuildInBoundsGEP2(cg->b, cg->t_i8, tab, &off, 1, ""), "code");
		args[n++] = LLVMConstNull(cg->t_ptr);
		args[n++] = LLVMBuildExtractValue(cg->b, v[0], 1, "data");
	}
	memcpy(args + n, v + 1, sizeof(LLVMValueRef) * (size_t)(d->n - 1));
	if (!d->go)
		arm_callee(cg, code);
	cg_call_abi(cg, d->fnty, code, args, n + d->n - 1, deferred_results(cg, d));
}

/* delete(m, k): gosub_mapdelete(map type, m, &k) */
static void wrapper_delete(Cg *cg, Type *mt, LLVMValueRef *v) {
	LLVMValueRef key = cg_entry_alloca(cg, LLVMTypeOf(v[1]), "key");
	LLVMBuildStore(cg->b, v[1], key);
	LLVMValueRef args[3] = {cg_typedesc(cg, mt), v[0], key};
	cg_rtcall(cg, "gosub_mapdelete", args, 3);
}

/* define internal void @"<fn>.deferwrapN"(ptr %closure): load the saved values, make the call. */
static LLVMValueRef make_wrapper(Cg *cg, DeferCall *d, LLVMTypeRef rec_ty, Pos pos) {
	static int counter;
	const char *owner = cg->f->fn ? cg->f->fn->link_name : "main.init";
	LLVMTypeRef ty = LLVMFunctionType(cg->t_void, &cg->t_ptr, 1, 0);
	const char *kind = d->go ? "gowrap" : "deferwrap";
	LLVMValueRef fn = LLVMAddFunction(cg->mod, fmt("%s.%s%d", owner, kind, ++counter), ty);
	LLVMSetLinkage(fn, LLVMInternalLinkage);
	CgFunc *saved_f = cg->f, wf = {0};
	LLVMBasicBlockRef saved_bb = LLVMGetInsertBlock(cg->b);
	wf.llfn = fn;
	wf.llty = ty;
	wf.entry = LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry");
	wf.closure = LLVMGetParam(fn, 0);
	cg->f = &wf;
	LLVMPositionBuilderAtEnd(cg->b, wf.entry);
	LLVMMetadataRef saved_loc = cg_debug_helper(cg);
	LLVMValueRef *v = xalloc(sizeof(LLVMValueRef) * (size_t)(d->n + 1));
	for (int i = 0; i < d->n; i++) {
		LLVMValueRef slot = LLVMBuildStructGEP2(cg->b, rec_ty, wf.closure, value_member(i), "");
		LLVMTypeRef ty = LLVMStructGetTypeAtIndex(rec_ty, value_member(i));
		v[i] = d->big && d->big[i] ? slot : LLVMBuildLoad2(cg->b, ty, slot, "arg");
	}
	if (d->kind == DK_PRINT || d->kind == DK_PRINTLN)
		cg_print_values(cg, d->types, v, d->n, d->kind == DK_PRINTLN, pos);
	else if (d->kind == DK_PANIC)
		cg_gopanic(cg, v[0]);
	else if (d->kind == DK_DELETE)
		wrapper_delete(cg, d->types[0], v);
	else if (d->kind == DK_RECOVER)
		cg_rtcall(cg, "gosub_recover_direct", v, 1);
	else if (d->kind == DK_CLOSE)
		cg_close_chan(cg, v[0]);
	else if (d->kind == DK_COPY)
		cg_copy_values(cg, type_under(d->types[0])->elem, v[0], v[1]);
	else
		wrapper_call(cg, d, v);
	LLVMBuildRetVoid(cg->b);
	cg->f = saved_f;
	cg_debug_leave(cg, saved_loc);
	LLVMPositionBuilderAtEnd(cg->b, saved_bb);
	return fn;
}

/* Lower `defer f(args)` as:
 *   <evaluate f and args>
 *   %rec = alloca or gosub_alloc { ptr wrapper, ptr next, values... }; store the values
 *   rec->next = load %defers; store %rec, %defers */
void cg_defer_stmt(Cg *cg, Node *n) {
	Node *call = ast_unparen(n->unary.x);
	DeferCall d = {0};
	if (!cg->f->defer_head)
		fatal("%s: defer in a function without Func.has_defer", pos_str(n->pos));
	if (!defer_evaluate(cg, call, &d))
		return;
	if (esc_site_on_heap(n)) /* a heap record: the defer may run many times */
		find_moved_arrays(call, &d);
	LLVMTypeRef rec_ty = record_type(cg, &d);
	LLVMValueRef wrapper = make_wrapper(cg, &d, rec_ty, call->pos);
	LLVMValueRef rec;
	if (esc_site_on_heap(n)) {
		LLVMValueRef args[2] = {LLVMConstInt(cg->t_i64, (unsigned long long)cg_sizeof(cg, rec_ty), 0),
					LLVMConstInt(cg->t_i1, 0, 0)};
		rec = cg_rtcall(cg, "gosub_alloc", args, 2);
	} else {
		rec = cg_entry_alloca(cg, rec_ty, "defer.rec");
	}
	LLVMBuildStore(cg->b, wrapper, LLVMBuildStructGEP2(cg->b, rec_ty, rec, CGL_GoDefer_code, ""));
	LLVMValueRef head = LLVMBuildLoad2(cg->b, cg->t_ptr, cg->f->defer_head, "");
	LLVMBuildStore(cg->b, head, LLVMBuildStructGEP2(cg->b, rec_ty, rec, CGL_GoDefer_next, ""));
	store_values(cg, &d, rec_ty, rec);
	LLVMBuildStore(cg->b, rec, cg->f->defer_head);
}

/* ---- go statements ----------------------------------------------------------------------------- */

/* The function a go statement starts, as gc's tracebacks name it. */
static const char *go_func_name(Node *call) {
	Node *f = ast_unparen(call->call.fn);
	switch (call->call.kind) {
	case CALL_FUNC: return ast_ref(f)->func->link_name;
	case CALL_METHOD: return f->sel.lookup.method->fn->link_name;
	case CALL_CLOSURE:
		return f->kind == ND_FUNCLIT && f->func.fn ? f->func.fn->link_name : ast_expr_string(f);
	default: return ast_expr_string(call->call.fn);
	}
}

/* `go fv()` with neither arguments nor results needs no record: the closure record itself is
 * what its code takes. gc's check of a nil func value happens here, at the statement. */
static bool go_closure_direct(Cg *cg, Node *call, LLVMValueRef *code, LLVMValueRef *rec) {
	Type *ft = type_under(ast_unparen(call->call.fn)->type);
	if (call->call.kind != CALL_CLOSURE || call->call.args.len || ft->results.len)
		return false;
	*rec = cg_expr(cg, call->call.fn);
	LLVMBasicBlockRef nil = cg_new_block(cg, "go.nil"), ok = cg_new_block(cg, "go.ok");
	LLVMBuildCondBr(cg->b, LLVMBuildIsNull(cg->b, *rec, ""), nil, ok);
	LLVMPositionBuilderAtEnd(cg->b, nil);
	LLVMValueRef msg = LLVMBuildGlobalStringPtr(cg->b, "go of nil func value", "");
	cg_rtcall(cg, "gosub_fatal", &msg, 1);
	LLVMBuildUnreachable(cg->b);
	LLVMPositionBuilderAtEnd(cg->b, ok);
	*code = LLVMBuildLoad2(cg->b, cg->t_ptr, *rec, "code");
	return true;
}

/* Lower `go f(args)`: evaluate f and the arguments as for defer, keep them in a heap record
 * (the goroutine outlives the statement) and hand wrapper and record to gosub_go. */
void cg_go_stmt(Cg *cg, Node *n) {
	Node *call = ast_unparen(n->unary.x);
	LLVMValueRef code, rec;
	if (!go_closure_direct(cg, call, &code, &rec)) {
		DeferCall d = {.go = true};
		if (!defer_evaluate(cg, call, &d))
			return;
		find_moved_arrays(call, &d);
		LLVMTypeRef rec_ty = record_type(cg, &d);
		code = make_wrapper(cg, &d, rec_ty, call->pos);
		LLVMValueRef args[2] = {LLVMConstInt(cg->t_i64, (unsigned long long)cg_sizeof(cg, rec_ty), 0),
					LLVMConstInt(cg->t_i1, 0, 0)};
		rec = d.n ? cg_rtcall(cg, "gosub_alloc", args, 2) : LLVMConstNull(cg->t_ptr);
		store_values(cg, &d, rec_ty, rec);
	}
	const char *creator = cg->f->fn ? cg->f->fn->link_name : "main.init";
	LLVMValueRef args[4] = {code, rec, LLVMBuildGlobalStringPtr(cg->b, go_func_name(call), "go.func"),
				LLVMBuildGlobalStringPtr(cg->b, creator, "go.creator")};
	cg_rtcall(cg, "gosub_go", args, 4);
}
