/* cg_call.c: calls (Go spec: Calls) and the builtins print, println and panic.
 *
 * Input: a checked ND_CALL. Output: the call's value (NULL for a call without results; an LLVM
 * struct for several results). Arguments are evaluated left to right, then the call is made with
 * the convention of cg.h: a leading closure-record pointer (null for static calls), the receiver
 * for methods, the parameters, a variadic tail packed into a slice. A call through a func value
 * loads the code pointer from the record's first word and passes the record itself.
 */
#include <string.h>

#include "cg.h"

/* ---- arguments ------------------------------------------------------------------------------ */

typedef struct Args {
	LLVMValueRef *v;
	int len, cap;
	bool now; /* the call follows at once (not a defer or go statement's saved arguments) */
} Args;

static void args_push(Args *a, LLVMValueRef v) { vec_push(a, v); }

/* The implicit slice of a variadic call f(a, b, c) for `...T`: a backing [n]T on the stack or
 * the heap as escape/ decided for the call, then { ptr, n, n }. No extra arguments: nil. */
static LLVMValueRef cg_variadic_slice(Cg *cg, Node *call, Node **extra, int n, Type *slice_t) {
	if (n == 0)
		return cg_zero(cg, slice_t);
	Type *elem = type_under(slice_t)->elem;
	Type *arr_t = type_array(elem, n);
	LLVMTypeRef arrty = cg_type(cg, arr_t);
	LLVMTypeRef ety = cg_type(cg, elem);
	/* a go or deferred call moves a frame array into its record (cg_defer.c) */
	bool heap = esc_site_on_heap(call);
	LLVMValueRef arr = heap ? cg_heap_alloc(cg, arr_t, "ddd") : cg_entry_alloca(cg, arrty, "ddd");
	for (int i = 0; i < n; i++) {
		LLVMValueRef idx = LLVMConstInt(cg->t_i64, (unsigned)i, 0);
		LLVMValueRef slot = LLVMBuildInBoundsGEP2(cg->b, ety, arr, &idx, 1, "");
		LLVMBuildStore(cg->b, cg_expr(cg, extra[i]), slot);
	}
	LLVMValueRef s = LLVMGetUndef(cg->t_slice);
	LLVMValueRef len = LLVMConstInt(cg->t_i64, (unsigned)n, 0);
	s = LLVMBuildInsertValue(cg->b, s, arr, 0, "");
	s = LLVMBuildInsertValue(cg->b, s, len, 1, "");
	return LLVMBuildInsertValue(cg->b, s, len, 2, "ddd.slice");
}

/* f(g()): g's results become f's arguments, converted to f's interface parameters, and the
 * ones for a `...T` parameter packed into a slice (fmt.Println(f())). The checker leaves these
 * conversions implicit and escape analysis does not see them, so their boxes and the slice's
 * array always go to the heap. */
static void cg_spread_args(Cg *cg, Node *call, Type *sig, Args *out) {
	static Node heap_site = {.esc = ESC_HEAP};
	Node *g = call->call.args.v[0];
	int n = g->type->elems.len;
	LLVMValueRef *parts = cg_tuple_parts(cg, cg_expr(cg, g), n);
	int nfixed = sig->variadic ? sig->params.len - 1 : n;
	Type *tail = sig->variadic ? vec_last(&sig->params) : NULL;
	LLVMValueRef *rest = xalloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
	int nrest = 0;
	for (int i = 0; i < n; i++) {
		LLVMValueRef v = parts[i];
		Type *from = g->type->elems.v[i];
		Type *pt = i < nfixed ? sig->params.v[i] : type_under(tail)->elem;
		if (type_is_interface(pt) && from != pt)
			v = cg_box(cg, &heap_site, from, pt, v);
		if (i < nfixed)
			args_push(out, v);
		else
			rest[nrest++] = v;
	}
	if (!tail)
		return;
	if (nrest == 0) {
		args_push(out, cg_zero(cg, tail));
		return;
	}
	Type *elem = type_under(tail)->elem;
	LLVMTypeRef ety = cg_type(cg, elem);
	LLVMValueRef arr = cg_heap_alloc(cg, type_array(elem, nrest), "ddd");
	for (int i = 0; i < nrest; i++) {
		LLVMValueRef idx = LLVMConstInt(cg->t_i64, (unsigned)i, 0);
		cg_store(cg, elem, rest[i], LLVMBuildInBoundsGEP2(cg->b, ety, arr, &idx, 1, ""));
	}
	LLVMValueRef sl = LLVMGetUndef(cg->t_slice);
	LLVMValueRef len = LLVMConstInt(cg->t_i64, (unsigned)nrest, 0);
	sl = LLVMBuildInsertValue(cg->b, sl, arr, 0, "");
	sl = LLVMBuildInsertValue(cg->b, sl, len, 1, "");
	args_push(out, LLVMBuildInsertValue(cg->b, sl, len, 2, "ddd.slice"));
}

/* An argument the callee takes by address (cg_byref): a copy in the caller's frame, made
 * memory to memory when the value was just loaded (cg_store). */
static LLVMValueRef byref_arg(Cg *cg, LLVMValueRef v) {
	LLVMValueRef tmp = cg_entry_alloca(cg, LLVMTypeOf(v), "arg.copy");
	cg_store(cg, NULL, v, tmp);
	return tmp;
}

/* An argument just evaluated: a big value becomes the address of its copy at once (see
 * arg_value), anything else stays as it is. */
LLVMValueRef cg_arg_now(Cg *cg, LLVMValueRef v) { return cg_byref(cg, LLVMTypeOf(v)) ? byref_arg(cg, v) : v; }

/* An argument of a call made at once that the callee takes by address is copied into the
 * caller's frame as soon as it is evaluated, while the copy can still be memory to memory: left
 * a loaded LLVM value until the call, it would outlive the calls of later arguments, and LLVM
 * selects instructions for a huge first-class value very slowly (Go's fixedbugs/issue20780b.go,
 * `h(f(0), x1, f(2), x3, f(4))` with 16 MB arrays, took over 6 GB). The copy is made where the
 * value was read, so Go's order of evaluation is the same either way. */
static LLVMValueRef arg_value(Cg *cg, Node *arg, bool now) {
	LLVMValueRef v = cg_expr(cg, arg);
	return now ? cg_arg_now(cg, v) : v;
}

static void cg_args(Cg *cg, Node *call, Type *sig, Args *out) {
	sig = type_under(sig);
	NodeVec *args = &call->call.args;
	if (ast_multi_value(&call->call.args)) {
		cg_spread_args(cg, call, sig, out);
		return;
	}
	int fixed = sig->variadic && !(call->flags & NF_DDD) ? sig->params.len - 1 : args->len;
	for (int i = 0; i < fixed; i++)
		args_push(out, arg_value(cg, args->v[i], out->now));
	if (fixed < args->len || (sig->variadic && !(call->flags & NF_DDD)))
		args_push(out, cg_variadic_slice(cg, call, args->v + fixed, args->len - fixed,
						 vec_last(&sig->params)));
}

/* [first, rest[0], ..., rest[n-1]]: an argument list with a leading closure or receiver. */
LLVMValueRef *cg_prepend_arg(LLVMValueRef first, LLVMValueRef *rest, int n) {
	LLVMValueRef *all = xalloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
	all[0] = first;
	for (int i = 0; i < n; i++)
		all[i + 1] = rest[i];
	return all;
}

LLVMValueRef *cg_call_args(Cg *cg, Node *call, Type *sig, int *n, bool now) {
	Args a = {.now = now};
	cg_args(cg, call, sig, &a);
	*n = a.len;
	return a.v;
}

/* args made to fit fnty's parameters: a big value (cg_byref) where fnty takes a `ptr` is passed
 * as the address of a copy in the caller's frame. */
void cg_abi_args(Cg *cg, LLVMTypeRef fnty, LLVMValueRef *args, int n) {
	unsigned np = LLVMCountParamTypes(fnty);
	LLVMTypeRef *pty = xalloc(sizeof(LLVMTypeRef) * (np + 1));
	LLVMGetParamTypes(fnty, pty);
	for (int i = 0; i < n && i < (int)np; i++)
		if (pty[i] == cg->t_ptr && cg_byref(cg, LLVMTypeOf(args[i])))
			args[i] = byref_arg(cg, args[i]);
}

/* A call with Go's convention for big values (cg.h):
 *   %res = alloca { results... }              ; when fnty has one parameter more than args
 *   call @f(ptr %closure, ..., ptr %arg.copy, ..., ptr %res)
 *   %call = load { results... }, ptr %res      ; copied onward memory to memory by cg_store */
LLVMValueRef cg_call_abi(Cg *cg, LLVMTypeRef fnty, LLVMValueRef callee, LLVMValueRef *args, int n,
			 LLVMTypeRef results) {
	unsigned np = LLVMCountParamTypes(fnty);
	LLVMValueRef *all = xalloc(sizeof(LLVMValueRef) * (np + 1)), res = NULL;
	for (int i = 0; i < n; i++)
		all[i] = args[i];
	cg_abi_args(cg, fnty, all, n);
	if (np == (unsigned)n + 1)
		all[n++] = res = cg_entry_alloca(cg, results, "results");
	bool is_void = LLVMGetTypeKind(LLVMGetReturnType(fnty)) == LLVMVoidTypeKind;
	LLVMValueRef r = LLVMBuildCall2(cg->b, fnty, callee, all, (unsigned)n, is_void ? "" : "call");
	if (res)
		return LLVMBuildLoad2(cg->b, results, res, "call");
	return is_void ? NULL : r;
}

static LLVMValueRef cg_emit_call(Cg *cg, Type *sig, LLVMTypeRef fnty, LLVMValueRef callee, Args *a) {
	return cg_call_abi(cg, fnty, callee, a->v, a->len, cg_results_struct(cg, sig));
}

/* ---- the three kinds of static and dynamic calls ---------------------------------------------- */

/* A static call of fn; with -allocprof, what fn allocates for another package is this call's. */
static LLVMValueRef profiled_call(Cg *cg, Func *fn, LLVMValueRef callee, Args *a) {
	bool profiled = cg_allocprof_begin_call(cg, fn) != NULL;
	LLVMValueRef r = cg_emit_call(cg, fn->type, LLVMGlobalGetValueType(callee), callee, a);
	if (profiled)
		cg_allocprof_end(cg);
	return r;
}

static LLVMValueRef cg_call_func(Cg *cg, Node *call) {
	Func *fn = ast_ref(call->call.fn)->func;
	LLVMValueRef callee = cg_func_decl(cg, fn);
	Args a = {.now = true};
	args_push(&a, LLVMConstNull(cg->t_ptr));
	cg_args(cg, call, fn->type, &a);
	return profiled_call(cg, fn, callee, &a);
}

/*   %code = load ptr, ptr %f          ; the record's first word (nil func: nil-pointer panic)
 *   call %code(ptr %f, args...) */
static LLVMValueRef cg_call_closure(Cg *cg, Node *call) {
	Node *fnode = call->call.fn;
	LLVMValueRef rec = cg_expr(cg, fnode);
	Args a = {.now = true};
	args_push(&a, rec);
	cg_args(cg, call, fnode->type, &a);
	cg_check_nil(cg, rec);
	LLVMValueRef code = LLVMBuildLoad2(cg->b, cg->t_ptr, rec, "code");
	return cg_emit_call(cg, fnode->type, cg_func_type(cg, fnode->type, NULL), code, &a);
}

/* The receiver of x.m(...) where m was found through `depth` embedded fields: walk the path
 * from x's address, following embedded pointers, to the address of the value the method was
 * declared on. */
static LLVMValueRef cg_walk_embedded(Cg *cg, Node *x, Lookup *lk, Type **tp) {
	Type *t = x->type;
	LLVMValueRef addr;
	if (type_under(t)->kind == TY_POINTER) {
		addr = cg_expr(cg, x);
		t = type_under(t)->elem;
	} else {
		addr = cg_addr(cg, x);
	}
	for (int i = 0; i < lk->depth; i++) {
		cg_check_nil(cg, addr);
		Field *f = &type_under(t)->fields.v[lk->path[i]];
		addr = cg_field_ptr(cg, t, addr, lk->path[i]);
		t = f->type;
		if (type_under(t)->kind == TY_POINTER) {
			addr = LLVMBuildLoad2(cg->b, cg->t_ptr, addr, f->name);
			t = type_under(t)->elem;
		}
	}
	*tp = t;
	return addr;
}

/* Go spec: Calls: "if x is addressable and &x's method set contains m, x.m() is shorthand for
 * (&x).m()"; and a pointer receiver's value is loaded for value methods. call.recv_needs says
 * which form the method was declared with. */
LLVMValueRef cg_receiver(Cg *cg, Node *call) {
	Node *sel = ast_unparen(call->call.fn);
	Node *x = sel->sel.x;
	bool want_ptr = type_under(call->call.recv_needs)->kind == TY_POINTER;
	bool x_ptr = type_under(x->type)->kind == TY_POINTER;
	if (sel->sel.lookup.depth == 0 && want_ptr == x_ptr)
		return cg_expr(cg, x);
	Type *t;
	LLVMValueRef addr = cg_walk_embedded(cg, x, &sel->sel.lookup, &t);
	if (want_ptr)
		return addr;
	cg_check_nil(cg, addr);
	return cg_load(cg, t, addr, "recv");
}

static LLVMValueRef cg_call_method(Cg *cg, Node *call) {
	Node *sel = ast_unparen(call->call.fn);
	Method *m = sel->sel.lookup.method;
	if (!m || !m->fn)
		fatal("%s: method call without a method", pos_str(call->pos));
	LLVMValueRef callee = cg_func_decl(cg, m->fn);
	cg_extern_method_pos(cg, m->fn, call->pos); /* t.Errorf: where to say the message is from */
	Args a = {.now = true};
	args_push(&a, LLVMConstNull(cg->t_ptr));
	args_push(&a, cg_arg_now(cg, cg_receiver(cg, call)));
	cg_args(cg, call, m->fn->type, &a);
	return profiled_call(cg, m->fn, callee, &a);
}

/* ---- print, println, panic -------------------------------------------------------------------- */

/* One operand of print/println with gc's formats (the runtime's gosub_print_*). */
static void cg_print_value(Cg *cg, Type *t, LLVMValueRef v, Pos pos) {
	Type *u = type_under(t);
	LLVMValueRef a[3];
	if (u->kind == TY_BOOL) {
		cg_rtcall(cg, "gosub_print_bool", &v, 1);
	} else if (type_is_integer(u)) {
		bool sign = !type_is_unsigned(u);
		a[0] = sign ? LLVMBuildSExt(cg->b, v, cg->t_i64, "") : LLVMBuildZExt(cg->b, v, cg->t_i64, "");
		if (LLVMTypeOf(v) == cg->t_i64)
			a[0] = v;
		cg_rtcall(cg, sign ? "gosub_print_int" : "gosub_print_uint", a, 1);
	} else if (type_is_float(u)) {
		a[0] = u->kind == TY_FLOAT32 ? LLVMBuildFPExt(cg->b, v, cg->t_f64, "") : v;
		cg_rtcall(cg, "gosub_print_float", a, 1);
	} else if (type_is_complex(u)) {
		for (unsigned i = 0; i < 2; i++) {
			a[i] = LLVMBuildExtractValue(cg->b, v, i, "");
			if (u->kind == TY_COMPLEX64)
				a[i] = LLVMBuildFPExt(cg->b, a[i], cg->t_f64, "");
		}
		cg_rtcall(cg, "gosub_print_complex", a, 2);
	} else if (u->kind == TY_STRING) {
		cg_str_args(cg, v, a);
		cg_rtcall(cg, "gosub_print_string", a, 2);
	} else if (u->kind == TY_SLICE) {
		for (unsigned i = 0; i < 3; i++)
			a[i] = LLVMBuildExtractValue(cg->b, v, i, "");
		cg_rtcall(cg, "gosub_print_slice", a, 3);
	} else if (u->kind == TY_INTERFACE) {
		a[0] = LLVMBuildExtractValue(cg->b, v, 0, "");
		a[1] = LLVMBuildExtractValue(cg->b, v, 1, "");
		cg_rtcall(cg, "gosub_print_iface", a, 2);
	} else if (LLVMGetTypeKind(LLVMTypeOf(v)) == LLVMPointerTypeKind) {
		cg_rtcall(cg, "gosub_print_pointer", &v, 1);
	} else {
		diag_error(pos, "illegal types for operand: print\n\t%s", type_string(t));
	}
}

/* Go spec: Bootstrapping: println separates operands with spaces and ends with a newline. */
void cg_print_values(Cg *cg, Type **types, LLVMValueRef *vals, int n, bool ln, Pos pos) {
	for (int i = 0; i < n; i++) {
		if (ln && i > 0)
			cg_rtcall(cg, "gosub_print_space", NULL, 0);
		cg_print_value(cg, types[i], vals[i], pos);
	}
	if (ln)
		cg_rtcall(cg, "gosub_print_nl", NULL, 0);
}

/* The operands of print/println (println(f()) prints each of f's results): their types and
 * values, evaluated left to right. Returns their count. */
int cg_print_operands(Cg *cg, Node *call, Type ***types, LLVMValueRef **vals) {
	NodeVec *args = &call->call.args;
	if (ast_multi_value(&call->call.args)) {
		Node *arg = args->v[0];
		int n = arg->type->elems.len;
		*types = arg->type->elems.v;
		*vals = cg_tuple_parts(cg, cg_expr(cg, arg), n);
		return n;
	}
	*types = xalloc(sizeof(Type *) * (size_t)(args->len + 1));
	*vals = xalloc(sizeof(LLVMValueRef) * (size_t)(args->len + 1));
	for (int i = 0; i < args->len; i++) {
		(*types)[i] = args->v[i]->type;
		(*vals)[i] = cg_expr(cg, args->v[i]);
	}
	return args->len;
}

static void cg_print(Cg *cg, Node *call, bool ln) {
	Type **types;
	LLVMValueRef *vals;
	int n = cg_print_operands(cg, call, &types, &vals);
	cg_print_values(cg, types, vals, n, ln, call->pos);
}

/* panic(v): v arrives converted to interface{} (the checker's implicit conversion), i.e. the
 * pair { type descriptor, data }, handed to gosub_gopanic. Code after it is unreachable; it goes
 * into a fresh block without predecessors that LLVM deletes. */
void cg_gopanic(Cg *cg, LLVMValueRef eface) {
	LLVMValueRef a[2] = {LLVMBuildExtractValue(cg->b, eface, 0, "panic.type"),
			     LLVMBuildExtractValue(cg->b, eface, 1, "panic.data")};
	cg_rtcall(cg, "gosub_gopanic", a, 2);
	LLVMBuildUnreachable(cg->b);
	LLVMPositionBuilderAtEnd(cg->b, cg_new_block(cg, "after.panic"));
}

static LLVMValueRef cg_builtin(Cg *cg, Node *call) {
	switch (call->call.builtin) {
	case BI_PRINT:
	case BI_PRINTLN: cg_print(cg, call, call->call.builtin == BI_PRINTLN); return NULL;
	case BI_PANIC: cg_gopanic(cg, cg_expr(cg, call->call.args.v[0])); return NULL;
	case BI_RECOVER: return cg_recover(cg);
	default: return cg_data_expr(cg, call);
	}
}

LLVMValueRef cg_call(Cg *cg, Node *call) {
	switch (call->call.kind) {
	case CALL_FUNC: return cg_call_func(cg, call);
	case CALL_METHOD: return cg_call_method(cg, call);
	case CALL_CLOSURE: return cg_call_closure(cg, call);
	case CALL_BUILTIN: return cg_builtin(cg, call);
	case CALL_IFACE: return cg_data_expr(cg, call);
	case CALL_EXTERN: return cg_extern_call(cg, call);
	default: fatal("%s: call of kind %d", pos_str(call->pos), call->call.kind);
	}
}
