/* cg_closure.c: func values built from function literals, method values and method
 * expressions (Go spec: Function literals, Method values, Method expressions).
 *
 * Input: a checked ND_FUNCLIT or ND_SELECTOR. Output: a func value, i.e. a pointer to a closure
 * record whose first word is the code (cg.h). A literal's record holds its captures after the
 * code: the variable's address when captured by reference (escape/ decided, and made the
 * variable a heap cell unless it proved otherwise), else a copy of its value. A method value's
 * record holds the receiver, evaluated when the method value is. Records are allocation sites:
 * heap or stack as escape/ decided; a literal without captures uses a static record.
 */
#include "cg_data.h"

/* func(...) {...}: { @code, capture0, capture1, ... } */
LLVMValueRef cgd_funclit(Cg *cg, Node *n) {
	Func *fn = n->func.fn;
	if (fn->captures.len == 0)
		return cg_func_value(cg, fn);
	LLVMTypeRef recty = cg_closure_type(cg, fn);
	int64_t size = (int64_t)LLVMABISizeOfType(cg->td, recty);
	LLVMValueRef rec = cgd_alloc_bytes(cg, n, recty, size, false, "closure");
	LLVMBuildStore(cg->b, cg_func_decl(cg, fn), rec);
	for (int i = 0; i < fn->captures.len; i++) {
		Capture *c = &fn->captures.v[i];
		LLVMValueRef slot = LLVMBuildStructGEP2(cg->b, recty, rec, (unsigned)i + 1, c->var->name);
		LLVMValueRef addr = cg_var_addr(cg, c->var);
		if (c->by_ref)
			LLVMBuildStore(cg->b, addr, slot);
		else
			cg_store(cg, c->var->type, cg_load(cg, c->var->type, addr, c->var->name), slot);
	}
	return rec;
}

/* ---- method values ---- */

/* The receiver method m wants, from the address of a value of type t (the operand itself, or
 * what an operand pointer points to when from_ptr): through the embedded fields lookup lk
 * walked, then the field's address for a pointer receiver or its value (big_by_addr: a big
 * value's address too, for a call, which passes it so, cg.h). Dereferencing a nil pointer on
 * the way panics, as the call x.m() would. */
static LLVMValueRef recv_through_path(Cg *cg, Type *t, LLVMValueRef addr, bool from_ptr, Lookup *lk,
				      Method *m, bool big_by_addr) {
	if (from_ptr)
		cg_check_nil(cg, addr);
	addr = cgd_walk_path(cg, &t, addr, lk->path, lk->depth);
	if (m->ptr_recv)
		return addr;
	cg_check_nil(cg, addr);
	return big_by_addr && cg_byref(cg, cg_type(cg, t)) ? addr : cg_load(cg, t, addr, "recv");
}

/* The receiver x.m's method wants, from the selector's operand: x, &x or *x, through the
 * embedded fields the lookup walked. */
static LLVMValueRef method_receiver(Cg *cg, Node *sel, Method *m) {
	Node *x = sel->sel.x;
	bool x_ptr = type_under(x->type)->kind == TY_POINTER;
	if (sel->sel.lookup.depth == 0 && m->ptr_recv == x_ptr)
		return cg_expr(cg, x);
	Type *t = x_ptr ? type_under(x->type)->elem : x->type;
	LLVMValueRef addr = x_ptr ? cg_expr(cg, x) : cg_addr(cg, x);
	return recv_through_path(cg, t, addr, x_ptr, &sel->sel.lookup, m, false);
}

/* A method value's code: it loads the receiver saved in the record and calls the method.
 *   define internal @"main.T.M-fm"(ptr %closure, params...) {
 *     %recv = load R, (%closure + field 1)
 *     %r = call @main.T.M(ptr null, %recv, params...); ret %r } */
static LLVMValueRef bound_wrapper(Cg *cg, Method *m, LLVMTypeRef recty, LLVMTypeRef rty) {
	LLVMValueRef callee = cg_func_decl(cg, m->fn);
	LLVMTypeRef mty = LLVMGlobalGetValueType(callee);
	const char *name = fmt("%s-fm", m->fn->link_name);
	LLVMValueRef fn;
	CgdSaved s;
	if (!cgd_begin_new_helper(cg, &s, name, cg_func_type(cg, m->sig, NULL), &fn))
		return fn;
	unsigned n = LLVMCountParams(fn);
	LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (n + 2));
	args[0] = cgd_null(cg);
	LLVMValueRef slot = LLVMBuildStructGEP2(cg->b, recty, LLVMGetParam(fn, 0), 1, "");
	args[1] = cg_byref(cg, rty) ? slot : LLVMBuildLoad2(cg->b, rty, slot, "recv"); /* (cg.h) */
	for (unsigned i = 1; i < n; i++)
		args[i + 1] = LLVMGetParam(fn, i);
	cgd_call_ret(cg, mty, callee, args, n + 1);
	cgd_end_helper(cg, &s);
	return fn;
}

/* An interface method value x.M: the record saves the interface value; its code looks the
 * method up in the itab at each call. */
static LLVMValueRef iface_bound_wrapper(Cg *cg, Node *sel, Type *it, LLVMTypeRef recty) {
	const char *name = fmt("%s.%s-fm", type_symname(it), sel->sel.name);
	LLVMValueRef fn;
	CgdSaved s;
	if (!cgd_begin_new_helper(cg, &s, name, cg_func_type(cg, sel->type, NULL), &fn))
		return fn;
	LLVMValueRef slot = LLVMBuildStructGEP2(cg->b, recty, LLVMGetParam(fn, 0), 1, "");
	LLVMValueRef v = LLVMBuildLoad2(cg->b, cg->t_iface, slot, "iface");
	LLVMValueRef data;
	LLVMValueRef code = cgd_iface_code(cg, it, sel->sel.name, v, &data);
	unsigned n = LLVMCountParams(fn);
	LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (n + 2));
	args[0] = cgd_null(cg);
	args[1] = data;
	for (unsigned i = 1; i < n; i++)
		args[i + 1] = LLVMGetParam(fn, i);
	LLVMTypeRef fnty = cgd_iface_fn_type(cg, sel->type);
	cgd_call_ret(cg, fnty, code, args, n + 1);
	cgd_end_helper(cg, &s);
	return fn;
}

/* x.M not called: a record { @wrapper, receiver } (the ND_SELECTOR is the allocation site). */
LLVMValueRef cgd_method_value(Cg *cg, Node *n) {
	bool iface = n->sel.kind == SEL_IFACE_METHOD;
	Method *m = n->sel.lookup.method;
	LLVMValueRef recv;
	Type *it = NULL;
	if (iface) {
		recv = cgd_iface_operand(cg, n, &it);
		cg_check_nil(cg, LLVMBuildExtractValue(cg->b, recv, 0, ""));
	} else {
		recv = method_receiver(cg, n, m);
	}
	LLVMTypeRef rty = LLVMTypeOf(recv);
	if (cg_byref(cg, rty)) /* a big receiver goes memory to memory, through a copy made now */
		recv = cg_arg_now(cg, recv);
	LLVMTypeRef mem[] = {cg->t_ptr, rty};
	LLVMTypeRef recty = LLVMStructTypeInContext(cg->ctx, mem, 2, 0);
	LLVMValueRef code = iface ? iface_bound_wrapper(cg, n, it, recty) : bound_wrapper(cg, m, recty, rty);
	int64_t size = (int64_t)LLVMABISizeOfType(cg->td, recty);
	LLVMValueRef rec = cgd_alloc_bytes(cg, n, recty, size, false, "methodvalue");
	LLVMBuildStore(cg->b, code, rec);
	LLVMValueRef slot = LLVMBuildStructGEP2(cg->b, recty, rec, 1, "recv");
	if (LLVMTypeOf(recv) != rty)
		LLVMBuildMemCpy(cg->b, slot, 1, recv, 1, cgd_i64(cg, cg_sizeof(cg, rty)));
	else
		LLVMBuildStore(cg->b, recv, slot);
	return rec;
}

/* ---- method expressions ---- */

/* T.M or (*T).M: a func value taking the receiver as its first parameter. Its code converts
 * the receiver the expression names to the one the method was declared with:
 *   define internal @"main.T.M·me"(ptr %closure, R %r, params...) {
 *     call @main.T.M(ptr null, <%r, *%r or the embedded field>, params...) } */
static LLVMValueRef method_expr_code(Cg *cg, Node *n, Type *recv, Method *m) {
	const char *name = fmt("%s·me", type_symname(recv));
	name = fmt("%s.%s", name, n->sel.name);
	LLVMValueRef callee = cg_func_decl(cg, m->fn);
	LLVMTypeRef mty = LLVMGlobalGetValueType(callee);
	LLVMValueRef fn;
	CgdSaved s;
	if (!cgd_begin_new_helper(cg, &s, name, cg_func_type(cg, n->type, NULL), &fn))
		return fn;
	unsigned n_params = LLVMCountParams(fn);
	LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (n_params + 1));
	args[0] = cgd_null(cg);
	LLVMValueRef r = LLVMGetParam(fn, 1);
	bool r_ptr = recv->kind == TY_POINTER;
	Lookup *lk = &n->sel.lookup;
	if (lk->depth == 0 && m->ptr_recv == r_ptr) {
		args[1] = r;
	} else {
		Type *t = r_ptr ? recv->elem : recv;
		LLVMValueRef addr = r_ptr || LLVMTypeOf(r) == cg->t_ptr ? r : cgd_spill(cg, recv, r, "recv");
		args[1] = recv_through_path(cg, t, addr, r_ptr, lk, m, true);
	}
	for (unsigned i = 2; i < n_params; i++)
		args[i] = LLVMGetParam(fn, i);
	cgd_call_ret(cg, mty, callee, args, n_params);
	cgd_end_helper(cg, &s);
	return fn;
}

/* The body of a method-expression helper fn whose receiver leads to the interface value iv of
 * type it: calls iv's method `name` with fn's parameters after the receiver, returns its
 * results. */
static void forward_to_iface_method(Cg *cg, LLVMValueRef fn, Type *it, LLVMValueRef iv, const char *name) {
	LLVMValueRef data, code = cgd_iface_code(cg, it, name, iv, &data);
	unsigned np = LLVMCountParams(fn);
	LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (np + 1));
	args[0] = cgd_null(cg);
	args[1] = data;
	for (unsigned i = 2; i < np; i++)
		args[i] = LLVMGetParam(fn, i);
	Method *m = &type_under(it)->methods.v[cgd_iface_method_index(it, name)];
	cgd_call_ret(cg, cgd_iface_fn_type(cg, m->sig), code, args, np);
}

/* I.M for an interface I: a function taking the interface value first, calling through it:
 *   define internal @"main.I·me.M"(ptr %closure, { ptr, ptr } %x, params...) {
 *     %fn = <x's itab entry for M>; call %fn(ptr null, x.data, params...) } */
static LLVMValueRef iface_method_expr_code(Cg *cg, Node *n, Type *it) {
	const char *name = fmt("%s·me.%s", type_symname(it), n->sel.name);
	LLVMValueRef fn;
	CgdSaved s;
	if (!cgd_begin_new_helper(cg, &s, name, cg_func_type(cg, n->type, NULL), &fn))
		return fn;
	forward_to_iface_method(cg, fn, it, LLVMGetParam(fn, 1), n->sel.name);
	cgd_end_helper(cg, &s);
	return fn;
}

/* T.M where M is promoted from an interface embedded in T (struct{ I }.M): the code walks to
 * the embedded interface value and calls through it:
 *   define internal @"struct { main.I }·me.M"(ptr %closure, R %r, params...) {
 *     %i = <the embedded field of %r>; %fn = <%i's itab entry for M>; call %fn(ptr null, %i.data, ...) } */
static LLVMValueRef promoted_iface_method_expr_code(Cg *cg, Node *n, Type *recv) {
	const char *name = fmt("%s·me.%s", type_symname(recv), n->sel.name);
	LLVMValueRef fn;
	CgdSaved s;
	if (!cgd_begin_new_helper(cg, &s, name, cg_func_type(cg, n->type, NULL), &fn))
		return fn;
	Lookup *lk = &n->sel.lookup;
	bool r_ptr = type_under(recv)->kind == TY_POINTER;
	Type *t = r_ptr ? type_under(recv)->elem : recv;
	LLVMValueRef r = LLVMGetParam(fn, 1);
	LLVMValueRef addr = r_ptr || LLVMTypeOf(r) == cg->t_ptr ? r : cgd_spill(cg, recv, r, "recv");
	if (r_ptr)
		cg_check_nil(cg, addr);
	addr = cgd_walk_path(cg, &t, addr, lk->path, lk->depth);
	forward_to_iface_method(cg, fn, t, cg_load(cg, t, addr, "iface"), n->sel.name);
	cgd_end_helper(cg, &s);
	return fn;
}

/* A static record { @code } for the method expression. */
LLVMValueRef cgd_method_expr(Cg *cg, Node *n) {
	Type *recv = n->sel.x->type;
	Method *m = n->sel.lookup.method;
	LLVMValueRef code;
	if (type_is_interface(recv))
		code = iface_method_expr_code(cg, n, recv);
	else if (m && m->fn)
		code = method_expr_code(cg, n, recv, m);
	else if (m && n->sel.lookup.owner && type_is_interface(n->sel.lookup.owner))
		code = promoted_iface_method_expr_code(cg, n, recv);
	else
		fatal("%s: method expression without a method", pos_str(n->pos));
	LLVMValueRef init = LLVMConstStructInContext(cg->ctx, &code, 1, 0);
	return cgd_static_global(cg, fmt("%s·f", LLVMGetValueName(code)), init);
}
