/* cg_iface.c: interface values (Go spec: Interface types, Conversions, Type assertions, Calls).
 *
 * Input: conversions to interfaces, x.(T), and calls x.m(...) on interface values. Output: the
 * two-word interface value { tab, data } of gosubrt.h: tab is the type descriptor for an empty
 * interface and an itab otherwise; data is the value itself for pointer-shaped types and
 * otherwise a pointer to a copy (boxing: an allocation site, heap or stack as escape/ decided).
 * Itab entries and descriptors' method tables point at "interface wrappers" taking the data
 * word as receiver (cgd_method_wrapper).
 */
#include <string.h>

#include "cg_data.h"

/* ---- the data word ---- */

/* A pointer-shaped value (a pointer, map, func, or a struct/array of one pointer) as a word. */
static LLVMValueRef to_word(Cg *cg, Type *t, LLVMValueRef v) {
	if (LLVMTypeOf(v) == cg->t_ptr)
		return v;
	return LLVMBuildLoad2(cg->b, cg->t_ptr, cgd_spill(cg, t, v, "word"), "word");
}

static LLVMValueRef from_word(Cg *cg, Type *t, LLVMValueRef w) {
	if (cg_type(cg, t) == cg->t_ptr)
		return w;
	LLVMValueRef tmp = cg_entry_alloca(cg, cg_type(cg, t), "word");
	LLVMBuildStore(cg->b, w, tmp);
	return cg_load(cg, t, tmp, "unword");
}

static LLVMValueRef make_iface(Cg *cg, LLVMValueRef tab, LLVMValueRef data) {
	LLVMValueRef r = LLVMGetUndef(cg->t_iface);
	r = LLVMBuildInsertValue(cg->b, r, tab, 0, "");
	return LLVMBuildInsertValue(cg->b, r, data, 1, "iface");
}

/* The dynamic type's descriptor of interface value parts (tab may be an itab: its 2nd word). */
LLVMValueRef cgd_dyn_type(Cg *cg, Type *it, LLVMValueRef tab) {
	if (type_under(it)->methods.len == 0)
		return tab;
	LLVMBasicBlockRef pre = LLVMGetInsertBlock(cg->b);
	LLVMBasicBlockRef load = cg_new_block(cg, "itab.type");
	LLVMBasicBlockRef done = cg_new_block(cg, "itab.done");
	LLVMBuildCondBr(cg->b, LLVMBuildIsNull(cg->b, tab, ""), done, load);
	LLVMPositionBuilderAtEnd(cg->b, load);
	LLVMValueRef tp = cgd_byte_offset(cg, tab, (int64_t)offsetof(GoItab, type));
	LLVMValueRef t = LLVMBuildLoad2(cg->b, cg->t_ptr, tp, "dyntype");
	LLVMBuildBr(cg->b, done);
	LLVMPositionBuilderAtEnd(cg->b, done);
	return cgd_phi2(cg, cg->t_ptr, "type", cgd_null(cg), pre, t, load);
}

/* The itab of dynamic type `typ` (maybe null) for interface `to`, found by the runtime. */
static LLVMValueRef runtime_itab(Cg *cg, Type *to, LLVMValueRef typ, bool canfail) {
	LLVMBasicBlockRef pre = LLVMGetInsertBlock(cg->b);
	LLVMBasicBlockRef look = cg_new_block(cg, "getitab");
	LLVMBasicBlockRef done = cg_new_block(cg, "getitab.done");
	LLVMBuildCondBr(cg->b, LLVMBuildIsNull(cg->b, typ, ""), done, look);
	LLVMPositionBuilderAtEnd(cg->b, look);
	LLVMValueRef args[] = {cg_typedesc(cg, to), typ, cgd_bool(cg, canfail)};
	LLVMValueRef tab = cg_rtcall(cg, "gosub_getitab", args, 3);
	LLVMBasicBlockRef look_end = LLVMGetInsertBlock(cg->b);
	LLVMBuildBr(cg->b, done);
	LLVMPositionBuilderAtEnd(cg->b, done);
	return cgd_phi2(cg, cg->t_ptr, "itab", cgd_null(cg), pre, tab, look_end);
}

/* ---- boxing without allocating, as gc's runtime does (convT16/32/64, convTstring, convTslice) ---- */

/* A private constant global of the module, made on first use. */
LLVMValueRef cgd_static_global(Cg *cg, const char *name, LLVMValueRef init) {
	LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
	if (g)
		return g;
	g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
	LLVMSetInitializer(g, init);
	LLVMSetGlobalConstant(g, 1);
	LLVMSetLinkage(g, LLVMPrivateLinkage);
	LLVMSetAlignment(g, 8);
	return g;
}

/* gc's staticuint64s: the words 0..255, so a small integer boxes to a pointer into it (on a
 * little-endian machine the word's first bytes also hold the 1-, 2- and 4-byte values). */
static LLVMValueRef small_ints(Cg *cg) {
	LLVMValueRef v[256];
	for (int i = 0; i < 256; i++)
		v[i] = cgd_i64(cg, i);
	return cgd_static_global(cg, "gosub.staticuint64s", LLVMConstArray2(cg->t_i64, v, 256));
}

/* gc's zeroVal: the boxed form of "", of a nil slice, and of every zero-size value. */
static LLVMValueRef zero_block(Cg *cg) {
	return cgd_static_global(cg, "gosub.zeroval", LLVMConstNull(LLVMArrayType2(cg->t_i64, 4)));
}

/* The data word of a boxed value when no allocation is needed, else NULL; `cond` receives the
 * run-time condition under which the static word applies (NULL: always). */
static LLVMValueRef static_box(Cg *cg, Type *t, LLVMValueRef v, LLVMValueRef *cond) {
	Type *u = type_under(t);
	int64_t size = type_size(t);
	*cond = NULL;
	if (size == 0)
		return zero_block(cg);
	if (u->kind == TY_STRING || u->kind == TY_SLICE) {
		LLVMValueRef w = LLVMBuildExtractValue(cg->b, v, u->kind == TY_STRING ? 1 : 0, "");
		*cond = LLVMBuildIsNull(cg->b, w, "box.zero");
		return zero_block(cg);
	}
	bool scalar = type_is_integer(u) || u->kind == TY_BOOL;
	if (!scalar || (size != 1 && size != 2 && size != 4 && size != 8))
		return NULL;
	LLVMValueRef bits = LLVMBuildZExt(cg->b, v, cg->t_i64, "bits");
	if (size > 1)
		*cond = LLVMBuildICmp(cg->b, LLVMIntULT, bits, cgd_i64(cg, 256), "box.small");
	LLVMValueRef idx[] = {bits};
	return LLVMBuildInBoundsGEP2(cg->b, cg->t_i64, small_ints(cg), idx, 1, "box.static");
}

/* The data word boxing v: a static word where gc's runtime would use one, else a copy at the
 * site's allocation (heap or stack as escape/ decided). */
static LLVMValueRef box_data(Cg *cg, Node *site, Type *t, LLVMValueRef v) {
	LLVMValueRef cond = NULL, st = NULL;
	if (LLVMIsConstant(v)) { /* a constant boxes to read-only data, as gc's static symbols */
		LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(v), "box.const");
		LLVMSetInitializer(g, v);
		LLVMSetGlobalConstant(g, 1);
		LLVMSetLinkage(g, LLVMPrivateLinkage);
		LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
		return g;
	}
	if (esc_site_on_heap(site))
		st = static_box(cg, t, v, &cond);
	if (st && !cond)
		return st;
	LLVMBasicBlockRef pre = NULL, alloc = NULL, done = NULL;
	if (st) {
		pre = LLVMGetInsertBlock(cg->b);
		alloc = cg_new_block(cg, "box.alloc");
		done = cg_new_block(cg, "box.done");
		LLVMBuildCondBr(cg->b, cond, done, alloc);
		LLVMPositionBuilderAtEnd(cg->b, alloc);
	}
	LLVMValueRef data = cgd_alloc_site(cg, site, t, "box");
	cg_store(cg, t, v, data);
	if (!st)
		return data;
	alloc = LLVMGetInsertBlock(cg->b);
	LLVMBuildBr(cg->b, done);
	LLVMPositionBuilderAtEnd(cg->b, done);
	return cgd_phi2(cg, cg->t_ptr, "box", st, pre, data, alloc);
}

/* Boxing (Go spec: Conversions to an interface): tab from the static type; data the value's
 * word, or a copy of the value at site's allocation. */
LLVMValueRef cgd_iface_convert(Cg *cg, Node *site, Type *from, Type *to, LLVMValueRef v) {
	if (from->kind == TY_UNTYPED_NIL)
		return LLVMConstNull(cg->t_iface);
	if (type_is_interface(from)) {
		if (from == to)
			return v;
		LLVMValueRef tab = LLVMBuildExtractValue(cg->b, v, 0, "tab");
		LLVMValueRef data = LLVMBuildExtractValue(cg->b, v, 1, "data");
		LLVMValueRef typ = cgd_dyn_type(cg, from, tab);
		if (type_under(to)->methods.len == 0)
			return make_iface(cg, typ, data);
		return make_iface(cg, runtime_itab(cg, to, typ, false), data);
	}
	LLVMValueRef tab = type_under(to)->methods.len == 0 ? cg_typedesc(cg, from) : cg_itab(cg, from, to);
	LLVMValueRef data;
	if (type_is_direct_iface(from)) {
		data = to_word(cg, from, v);
	} else {
		data = box_data(cg, site, from, v);
	}
	return make_iface(cg, tab, data);
}

/* Boxing a variable: copy its bytes into the box, without making its value an SSA aggregate
 * (a large array would be one). */
LLVMValueRef cgd_box_from(Cg *cg, Node *site, Type *from, Type *to, LLVMValueRef addr) {
	LLVMValueRef tab = type_under(to)->methods.len == 0 ? cg_typedesc(cg, from) : cg_itab(cg, from, to);
	LLVMValueRef data = cgd_alloc_site(cg, site, from, "box");
	if (type_size(from) > 0)
		LLVMBuildMemCpy(cg->b, data, (unsigned)type_align(from), addr, (unsigned)type_align(from),
				cgd_i64(cg, type_size(from)));
	return make_iface(cg, tab, data);
}

LLVMValueRef cg_box(Cg *cg, Node *site, Type *from, Type *iface, LLVMValueRef v) {
	return cgd_iface_convert(cg, site, from, iface, v);
}

/* ---- type assertions ---- */

/* Without comma-ok, a failed assertion panics: "interface conversion: ..." */
static void assert_or_panic(Cg *cg, LLVMValueRef ok, LLVMValueRef have, Type *want, Type *it) {
	LLVMValueRef args[] = {have, cg_typedesc(cg, want), cg_typedesc(cg, it)};
	cg_panic_if(cg, LLVMBuildNot(cg->b, ok, "failed"), "gosub_panic_typeassert", args, 3);
}

/* x.(I) for an interface I: the runtime's itab search (empty I: any non-nil value). Without
 * comma-ok the runtime reports the failure itself, as gc's assertE2I does: "interface
 * conversion: main.T is not main.J: missing method N", "interface conversion: interface is nil,
 * not main.J". */
static LLVMValueRef assert_iface(Cg *cg, Node *n, LLVMValueRef typ, LLVMValueRef data) {
	Type *to = n->type;
	bool empty = type_under(to)->methods.len == 0;
	if (!(n->flags & NF_COMMA_OK)) {
		if (empty) {
			LLVMValueRef args[] = {cgd_null(cg), cg_typedesc(cg, to), cgd_null(cg)};
			cg_panic_if(cg, LLVMBuildIsNull(cg->b, typ, ""), "gosub_panic_typeassert", args, 3);
			return make_iface(cg, typ, data);
		}
		LLVMValueRef args[] = {cg_typedesc(cg, to), typ, cgd_bool(cg, false)};
		return make_iface(cg, cg_rtcall(cg, "gosub_getitab", args, 3), data);
	}
	LLVMValueRef tab = empty ? typ : runtime_itab(cg, to, typ, true);
	LLVMValueRef ok = LLVMBuildIsNotNull(cg->b, tab, "ok");
	LLVMValueRef d = LLVMBuildSelect(cg->b, ok, data, cgd_null(cg), "");
	return cg_comma_ok(cg, to, make_iface(cg, tab, d), ok);
}

/* The value of `v, ok := x.(T)` for a big T: T's zero value, over which the boxed value at
 * data is copied when ok, in a frame slot (a phi of the two values would be one huge LLVM
 * value). */
static LLVMValueRef big_asserted(Cg *cg, Type *to, LLVMValueRef ok, LLVMValueRef data) {
	LLVMValueRef tmp = cg_entry_alloca(cg, cg_type(cg, to), "asserted");
	cgd_zero_mem(cg, to, tmp);
	LLVMBasicBlockRef yes = cg_new_block(cg, "assert.ok");
	LLVMBasicBlockRef done = cg_new_block(cg, "assert.done");
	LLVMBuildCondBr(cg->b, ok, yes, done);
	LLVMPositionBuilderAtEnd(cg->b, yes);
	cg_copy_mem(cg, to, tmp, data);
	LLVMBuildBr(cg->b, done);
	LLVMPositionBuilderAtEnd(cg->b, done);
	return cg_load(cg, to, tmp, "val");
}

/* x.(T) for a concrete T: the dynamic type must be T's descriptor; the value is the data word
 * (pointer-shaped T) or a load through it, done only when the assertion holds. */
static LLVMValueRef assert_concrete(Cg *cg, Node *n, Type *it, LLVMValueRef typ, LLVMValueRef data) {
	Type *to = n->type;
	LLVMValueRef ok = LLVMBuildICmp(cg->b, LLVMIntEQ, typ, cg_typedesc(cg, to), "ok");
	if (!(n->flags & NF_COMMA_OK)) {
		assert_or_panic(cg, ok, typ, to, it);
		return type_is_direct_iface(to) ? from_word(cg, to, data) : cg_load(cg, to, data, "val");
	}
	if (type_is_direct_iface(to)) {
		LLVMValueRef w = LLVMBuildSelect(cg->b, ok, data, cgd_null(cg), "");
		return cg_comma_ok(cg, to, from_word(cg, to, w), ok);
	}
	if (cg_byref(cg, cg_type(cg, to)))
		return cg_comma_ok(cg, to, big_asserted(cg, to, ok, data), ok);
	LLVMBasicBlockRef pre = LLVMGetInsertBlock(cg->b);
	LLVMBasicBlockRef yes = cg_new_block(cg, "assert.ok");
	LLVMBasicBlockRef done = cg_new_block(cg, "assert.done");
	LLVMBuildCondBr(cg->b, ok, yes, done);
	LLVMPositionBuilderAtEnd(cg->b, yes);
	LLVMValueRef v = cg_load(cg, to, data, "val");
	LLVMBasicBlockRef yes_end = LLVMGetInsertBlock(cg->b);
	LLVMBuildBr(cg->b, done);
	LLVMPositionBuilderAtEnd(cg->b, done);
	LLVMTypeRef ty = cg_type(cg, to);
	LLVMValueRef phi = cgd_phi2(cg, ty, "val", LLVMConstNull(ty), pre, v, yes_end);
	return cg_comma_ok(cg, to, phi, ok);
}

LLVMValueRef cgd_typeassert(Cg *cg, Node *n) {
	Type *it = n->assert.x->type;
	LLVMValueRef v = cg_expr(cg, n->assert.x);
	LLVMValueRef typ = cgd_dyn_type(cg, it, LLVMBuildExtractValue(cg->b, v, 0, "tab"));
	LLVMValueRef data = LLVMBuildExtractValue(cg->b, v, 1, "data");
	if (type_is_interface(n->type))
		return assert_iface(cg, n, typ, data);
	return assert_concrete(cg, n, it, typ, data);
}

/* ---- calls through interfaces ---- */

/* (ptr closure, ptr receiver-word, params...) -> results: the type of every itab entry. */
LLVMTypeRef cgd_iface_fn_type(Cg *cg, Type *sig) {
	LLVMTypeRef base = cg_func_type(cg, sig, NULL);
	unsigned n = LLVMCountParamTypes(base);
	LLVMTypeRef *params = xalloc(sizeof(LLVMTypeRef) * (n + 2));
	LLVMGetParamTypes(base, params + 1);
	params[0] = params[1];
	params[1] = cg->t_ptr;
	return LLVMFunctionType(LLVMGetReturnType(base), params, n + 1, 0);
}

/* The position of method `name` in interface it's sorted method list (its itab slot). */
int cgd_iface_method_index(Type *it, const char *name) {
	int i = type_method_index(type_under(it), name);
	if (i >= 0)
		return i;
	fatal("interface %s has no method %s", type_string(it), name);
}

/* The code pointer of method `name` in interface value v's itab (nil interface: nil panic). */
LLVMValueRef cgd_iface_code(Cg *cg, Type *it, const char *name, LLVMValueRef v, LLVMValueRef *data) {
	LLVMValueRef tab = LLVMBuildExtractValue(cg->b, v, 0, "itab");
	*data = LLVMBuildExtractValue(cg->b, v, 1, "data");
	cg_check_nil(cg, tab);
	int64_t off = CG_ITAB_FN_OFFSET(cgd_iface_method_index(it, name));
	return LLVMBuildLoad2(cg->b, cg->t_ptr, cgd_byte_offset(cg, tab, off), name);
}

/* The interface value x.m is called on: x itself, or the embedded interface field the lookup
 * reached through x's embedded structs (type S struct{ I }; s.M()). Sets *it to its type. */
LLVMValueRef cgd_iface_operand(Cg *cg, Node *sel, Type **it) {
	Node *x = sel->sel.x;
	if (type_is_interface(x->type)) {
		*it = x->type;
		return cg_expr(cg, x);
	}
	Type *t;
	LLVMValueRef addr = cgd_operand_addr(cg, x, &t);
	addr = cgd_walk_path(cg, &t, addr, sel->sel.lookup.path, sel->sel.lookup.depth);
	*it = t;
	return LLVMBuildLoad2(cg->b, cg->t_iface, addr, "iface");
}

/*   %fn = load ptr, (itab + offsetof(GoItab, fns) + 8*index)
 *   call %fn(ptr null, ptr %data, args...) */
LLVMValueRef cgd_iface_call(Cg *cg, Node *call) {
	Node *sel = ast_unparen(call->call.fn);
	Type *sig = sel->type;
	LLVMValueRef data;
	Type *it;
	LLVMValueRef v = cgd_iface_operand(cg, sel, &it);
	LLVMValueRef code = cgd_iface_code(cg, it, sel->sel.name, v, &data);
	LLVMValueRef *args =
	    xalloc(sizeof(LLVMValueRef) * (call->call.args.len + 8 + type_under(sig)->params.len));
	args[0] = cgd_null(cg);
	args[1] = data;
	int n = 2 + cgd_call_args(cg, call, sig, args + 2);
	return cg_call_abi(cg, cgd_iface_fn_type(cg, sig), code, args, n, cg_results_struct(cg, sig));
}

/* ---- interface wrappers: method `name` of `recv` taking the interface's data word ---- */

static const char *wrapper_name(Type *recv, const char *name) {
	if (recv->kind == TY_POINTER)
		return fmt("(*%s).%s·i", type_symname(recv->elem), name);
	return fmt("%s.%s·i", type_symname(recv), name);
}

/* The address of the receiver value inside an interface wrapper: the data word itself for a
 * pointer receiver (nil-checked: walking or loading through it must panic), or a temporary
 * holding the word when the value itself is the word (pointer-shaped structs and arrays). */
static LLVMValueRef wrapper_recv_addr(Cg *cg, Type *recv, LLVMValueRef word, Type **t) {
	if (recv->kind == TY_POINTER) {
		*t = recv->elem;
		return word;
	}
	*t = recv;
	if (!type_is_direct_iface(recv))
		return word;
	LLVMValueRef tmp = cg_entry_alloca(cg, cg->t_ptr, "recv.word");
	LLVMBuildStore(cg->b, word, tmp);
	return tmp;
}

/* A value method called through a nil *T (the interface holds a nil pointer): gc's wrapper
 * panics with "value method main.T.F called using nil *T pointer" (runtime.panicwrap). */
static void nil_value_receiver(Cg *cg, Type *t, Method *m, LLVMValueRef addr) {
	const char *msg =
	    fmt("value method %s.%s called using nil *%s pointer", type_rtname(t), m->name, t->sym->name);
	LLVMValueRef isnil = LLVMBuildIsNull(cg->b, addr, "isnil");
	LLVMValueRef arg = LLVMBuildGlobalStringPtr(cg->b, msg, "panicwrap");
	cg_panic_if(cg, isnil, "gosub_panic_msg", &arg, 1);
}

/* The call a wrapper makes, from the address of the value declaring the method: a method of a
 * defined type, or one promoted from an embedded interface (called through its itab).
 * through_ptr: the interface holds a *T and the method is T's own. */
static void wrapper_call(Cg *cg, Method *m, Type *t, LLVMValueRef addr, LLVMValueRef fn, const char *name,
			 bool through_ptr) {
	unsigned n = LLVMCountParams(fn);
	LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (n + 1));
	args[0] = cgd_null(cg);
	for (unsigned i = 2; i < n; i++)
		args[i] = LLVMGetParam(fn, i);
	if (!m->fn) {
		LLVMValueRef v = LLVMBuildLoad2(cg->b, cg->t_iface, addr, "embedded");
		LLVMValueRef code = cgd_iface_code(cg, t, name, v, &args[1]);
		cgd_call_ret(cg, cgd_iface_fn_type(cg, m->sig), code, args, n);
		return;
	}
	LLVMValueRef callee = cg_func_decl(cg, m->fn);
	if (!m->ptr_recv && through_ptr && t->kind == TY_NAMED && t->sym)
		nil_value_receiver(cg, t, m, addr);
	else if (!m->ptr_recv)
		cg_check_nil(cg, addr);
	bool by_addr = m->ptr_recv || cg_byref(cg, cg_type(cg, t)); /* a big value: the method copies it */
	args[1] = by_addr ? addr : cg_load(cg, t, addr, "recv");
	cgd_call_ret(cg, LLVMGlobalGetValueType(callee), callee, args, n);
}

/* Lower the wrapper as:
 *   define internal @"main.T.M·i"(ptr %closure, ptr %data, params...) {
 *     %recv = <walk the embedding path from %data; load for a value receiver>
 *     %r = call @main.T.M(ptr null, %recv, params...)
 *     ret %r }
 * For a method declared on the receiver itself whose receiver is the data word already (pointer
 * receivers on *T, value receivers of pointer-shaped types) the method itself is the entry. */
LLVMValueRef cgd_method_wrapper(Cg *cg, Type *recv, const char *name) {
	Lookup lk = type_lookup(recv, name);
	Method *m = lk.method;
	if (lk.kind != LOOKUP_METHOD || !m)
		fatal("no method %s on %s", name, type_string(recv));
	bool is_ptr = recv->kind == TY_POINTER;
	bool word_is_value = !is_ptr && type_is_direct_iface(recv) && cg_type(cg, recv) == cg->t_ptr;
	if (m->fn && lk.depth == 0 && ((is_ptr && m->ptr_recv) || word_is_value))
		return cg_func_decl(cg, m->fn);
	const char *wname = wrapper_name(recv, name);
	LLVMValueRef fn;
	CgdSaved s;
	if (!cgd_begin_new_helper(cg, &s, wname, cgd_iface_fn_type(cg, m->sig), &fn))
		return fn;
	Type *t;
	LLVMValueRef addr = wrapper_recv_addr(cg, recv, LLVMGetParam(fn, 1), &t);
	if (is_ptr && lk.depth > 0)
		cg_check_nil(cg, addr);
	addr = cgd_walk_path(cg, &t, addr, lk.path, lk.depth);
	wrapper_call(cg, m, t, addr, fn, name, is_ptr && lk.depth == 0);
	cgd_end_helper(cg, &s);
	return fn;
}
