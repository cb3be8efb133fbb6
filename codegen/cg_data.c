/* cg_data.c: the entry points cgcore's dispatch calls for data constructs, the builtins on
 * them, and the small builder helpers every cgdata file shares (see cg_data.h for the files).
 *
 * Input: a checked, escape-annotated expression node. Output: its LLVM value (cg_data_expr) or
 * address (cg_data_addr). Allocation sites never decide stack or heap here: cgd_alloc_site asks
 * escape/ (esc_site_on_heap) and only then picks an entry-block alloca or gosub_alloc.
 */
#include <string.h>

#include "cg_data.h"

/* ---- small builders ----------------------------------------------------------------------- */

LLVMValueRef cgd_i64(Cg *cg, int64_t v) { return LLVMConstInt(cg->t_i64, (uint64_t)v, 1); }
LLVMValueRef cgd_i32(Cg *cg, int64_t v) { return LLVMConstInt(cg->t_i32, (uint64_t)v, 1); }
LLVMValueRef cgd_bool(Cg *cg, bool v) { return LLVMConstInt(cg->t_i1, v, 0); }
LLVMValueRef cgd_null(Cg *cg) { return LLVMConstNull(cg->t_ptr); }

/* &base[i] for elements of type elem (i is an i64). */
LLVMValueRef cgd_elem_addr(Cg *cg, Type *elem, LLVMValueRef base, LLVMValueRef i) {
	LLVMValueRef idx[] = {i};
	return LLVMBuildInBoundsGEP2(cg->b, cg_type(cg, elem), base, idx, 1, "elem");
}

LLVMValueRef cgd_byte_offset(Cg *cg, LLVMValueRef base, int64_t off) {
	if (off == 0)
		return base;
	LLVMValueRef idx[] = {cgd_i64(cg, off)};
	return LLVMBuildInBoundsGEP2(cg->b, cg->t_i8, base, idx, 1, "");
}

void cgd_zero_mem(Cg *cg, Type *t, LLVMValueRef addr) {
	int64_t size = type_size(t);
	if (size == 0)
		return;
	if (size <= 64)
		LLVMBuildStore(cg->b, LLVMConstNull(cg_type(cg, t)), addr);
	else
		LLVMBuildMemSet(cg->b, addr, LLVMConstInt(cg->t_i8, 0, 0), cgd_i64(cg, size),
				(unsigned)type_align(t));
}

void cgd_memmove(Cg *cg, LLVMValueRef dst, LLVMValueRef src, LLVMValueRef nbytes) {
	LLVMBuildMemMove(cg->b, dst, 1, src, 1, nbytes);
}

LLVMValueRef cgd_spill(Cg *cg, Type *t, LLVMValueRef v, const char *name) {
	LLVMValueRef tmp = cg_entry_alloca(cg, cg_type(cg, t), name);
	cg_store(cg, t, v, tmp);
	return tmp;
}

/* Memory for allocation site `site`: an entry-block alloca (zeroed here, at the site, so a site
 * inside a loop starts from zero each iteration) when escape/ proved it does not escape,
 * otherwise gosub_alloc(size, ptrfree), which returns zeroed memory. */
LLVMValueRef cgd_alloc_bytes(Cg *cg, Node *site, LLVMTypeRef llty, int64_t size, bool ptrfree,
			     const char *name) {
	if (!esc_site_on_heap(site)) {
		LLVMValueRef p = cg_entry_alloca(cg, llty, name);
		if (cg->opt->sanitize_stack && size > 0)
			cg_iteration_var(cg, p, llty); /* a site in a loop body lives one iteration */
		if (size > 0)
			LLVMBuildMemSet(cg->b, p, LLVMConstInt(cg->t_i8, 0, 0), cgd_i64(cg, size),
					LLVMGetAlignment(p));
		return p;
	}
	LLVMValueRef args[] = {cgd_i64(cg, size), cgd_bool(cg, ptrfree)};
	LLVMValueRef p = cg_rtcall(cg, "gosub_alloc", args, 2);
	LLVMSetValueName2(p, name, strlen(name));
	return p;
}

LLVMValueRef cgd_alloc_site(Cg *cg, Node *site, Type *t, const char *name) {
	return cgd_alloc_bytes(cg, site, cg_type(cg, t), type_size(t), !type_has_pointers(t), name);
}

LLVMValueRef cgd_make_slice(Cg *cg, LLVMValueRef ptr, LLVMValueRef len, LLVMValueRef cap) {
	LLVMValueRef s = LLVMGetUndef(cg->t_slice);
	s = LLVMBuildInsertValue(cg->b, s, ptr, 0, "");
	s = LLVMBuildInsertValue(cg->b, s, len, 1, "");
	return LLVMBuildInsertValue(cg->b, s, cap, 2, "slice");
}

LLVMValueRef cgd_make_string(Cg *cg, LLVMValueRef ptr, LLVMValueRef len) {
	LLVMValueRef s = LLVMGetUndef(cg->t_string);
	s = LLVMBuildInsertValue(cg->b, s, ptr, 0, "");
	return LLVMBuildInsertValue(cg->b, s, len, 1, "str");
}

/* Helper functions (equality, hashing, method wrappers) are generated in the middle of another
 * function: remember where the builder was, and give the helper its own CgFunc so cgcore's
 * block and alloca helpers work inside it. */
void cgd_begin_helper(Cg *cg, CgdSaved *s, LLVMValueRef fn) {
	s->block = LLVMGetInsertBlock(cg->b);
	s->f = cg->f;
	memset(&s->tmp, 0, sizeof s->tmp);
	s->tmp.llfn = fn;
	s->tmp.llty = LLVMGlobalGetValueType(fn);
	s->tmp.entry = LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry");
	s->tmp.closure = LLVMCountParams(fn) > 0 ? LLVMGetParam(fn, 0) : NULL;
	s->tmp.fn = NULL;
	cg->f = &s->tmp;
	LLVMPositionBuilderAtEnd(cg->b, s->tmp.entry);
	s->loc = cg_debug_helper(cg);
}

void cgd_end_helper(Cg *cg, CgdSaved *s) {
	cg->f = s->f;
	cg_debug_leave(cg, s->loc);
	if (s->block)
		LLVMPositionBuilderAtEnd(cg->b, s->block);
	else
		LLVMClearInsertionPosition(cg->b);
}

/* A helper made once per module: when the module has no function `name` yet, adds it (internal,
 * type ty), starts its body as cgd_begin_helper does and returns true; otherwise returns false.
 * Either way *fn is the function. */
bool cgd_begin_new_helper(Cg *cg, CgdSaved *s, const char *name, LLVMTypeRef ty, LLVMValueRef *fn) {
	*fn = LLVMGetNamedFunction(cg->mod, name);
	if (*fn)
		return false;
	*fn = LLVMAddFunction(cg->mod, name, ty);
	LLVMSetLinkage(*fn, LLVMInternalLinkage);
	cgd_begin_helper(cg, s, *fn);
	return true;
}

/* The body of a forwarding helper (method values, method expressions, itab wrappers): call
 * callee with args and return what it returns, so the helper has the callee's results. A
 * deferred call of the helper counts as a deferred call of the callee (recover works in it, as
 * gc's wrappers allow): cg_defer_forward passes the recover arming on. */
void cgd_call_ret(Cg *cg, LLVMTypeRef fnty, LLVMValueRef callee, LLVMValueRef *args, unsigned n) {
	cg_defer_forward(cg, callee);
	cg_abi_args(cg, fnty, args, (int)n);
	bool is_void = LLVMGetTypeKind(LLVMGetReturnType(fnty)) == LLVMVoidTypeKind;
	LLVMValueRef r = LLVMBuildCall2(cg->b, fnty, callee, args, n, is_void ? "" : "r");
	if (is_void)
		LLVMBuildRetVoid(cg->b);
	else
		LLVMBuildRet(cg->b, r);
}

/* The join of a two-way branch: phi [v1, b1], [v2, b2] at the builder's position. */
LLVMValueRef cgd_phi2(Cg *cg, LLVMTypeRef ty, const char *name, LLVMValueRef v1, LLVMBasicBlockRef b1,
		      LLVMValueRef v2, LLVMBasicBlockRef b2) {
	LLVMValueRef phi = LLVMBuildPhi(cg->b, ty, name);
	LLVMValueRef vals[] = {v1, v2};
	LLVMBasicBlockRef from[] = {b1, b2};
	LLVMAddIncoming(phi, vals, from, 2);
	return phi;
}

/* ---- builtins ------------------------------------------------------------------------------- */

/* complex(r, i), real(c), imag(c) */
static LLVMValueRef gen_complex(Cg *cg, Node *call) {
	LLVMValueRef c = LLVMGetUndef(cg_type(cg, call->type));
	c = LLVMBuildInsertValue(cg->b, c, cg_expr(cg, call->call.args.v[0]), 0, "");
	return LLVMBuildInsertValue(cg->b, c, cg_expr(cg, call->call.args.v[1]), 1, "complex");
}

static LLVMValueRef gen_builtin(Cg *cg, Node *call) {
	NodeVec *args = &call->call.args;
	switch (call->call.builtin) {
	case BI_LEN: return cgd_len(cg, args->v[0]);
	case BI_CAP: return cgd_cap(cg, args->v[0]);
	case BI_APPEND: return cgd_append(cg, call);
	case BI_COPY: return cgd_copy(cg, call);
	case BI_NEW: return cgd_new(cg, call);
	case BI_DELETE: cgd_map_delete(cg, call); return NULL;
	case BI_MAKE: {
		Type *u = type_under(call->type);
		if (u->kind == TY_SLICE)
			return cgd_make_slice_call(cg, call);
		if (u->kind == TY_MAP)
			return cgd_make_map(cg, call);
		return cg_make_chan(cg, call);
	}
	case BI_COMPLEX: return gen_complex(cg, call);
	case BI_REAL: return LLVMBuildExtractValue(cg->b, cg_expr(cg, args->v[0]), 0, "real");
	case BI_IMAG: return LLVMBuildExtractValue(cg->b, cg_expr(cg, args->v[0]), 1, "imag");
	case BI_UNSAFE_ADD: return cg_unsafe_add(cg, call);
	case BI_UNSAFE_SLICE: return cg_unsafe_slice(cg, call);
	case BI_CLOSE: cg_close_chan(cg, cg_expr(cg, args->v[0])); return NULL;
	default: fatal("builtin %d is cgcore's", call->call.builtin);
	}
}

/* ---- dispatch --------------------------------------------------------------------------------- */

static LLVMValueRef gen_selector(Cg *cg, Node *n) {
	switch (n->sel.kind) {
	case SEL_FIELD: return cgd_field(cg, n);
	case SEL_METHOD: return cgd_method_value(cg, n);
	case SEL_METHOD_EXPR: return cgd_method_expr(cg, n);
	case SEL_IFACE_METHOD: return cgd_method_value(cg, n);
	default: fatal("selector kind %d is cgcore's", n->sel.kind);
	}
}

LLVMValueRef cg_data_expr(Cg *cg, Node *n) {
	switch (n->kind) {
	case ND_INDEX: return cgd_index(cg, n);
	case ND_SLICE: return cgd_slice_expr(cg, n);
	case ND_COMPOSITE: return cgd_composite(cg, n);
	case ND_FUNCLIT: return cgd_funclit(cg, n);
	case ND_SELECTOR: return gen_selector(cg, n);
	case ND_TYPEASSERT: return cgd_typeassert(cg, n);
	case ND_UNARY: return cgd_composite_addr(cg, n);
	case ND_CONVERT: return cgd_convert(cg, n);
	case ND_CALL:
		if (n->call.kind == CALL_IFACE)
			return cgd_iface_call(cg, n);
		return gen_builtin(cg, n);
	default: fatal("cg_data_expr: %s is not a data expression", ast_kind_name(n->kind));
	}
}

LLVMValueRef cg_data_addr(Cg *cg, Node *n) {
	switch (n->kind) {
	case ND_INDEX: return cgd_index_addr(cg, n);
	case ND_SELECTOR: return cgd_field_addr(cg, n);
	case ND_COMPOSITE: {
		LLVMValueRef tmp = cg_entry_alloca(cg, cg_type(cg, n->type), "lit");
		cgd_composite_init(cg, n, tmp);
		return tmp;
	}
	default: {
		/* a non-addressable value (f()[i] of an array result, ...): a temporary */
		return cgd_spill(cg, n->type, cg_expr(cg, n), "tmp");
	}
	}
}

/* n's value stored at addr, built in place for a struct or array literal (no aggregate SSA
 * value, no temporary). Only for a destination n cannot refer to: a variable being declared
 * or a global being initialised. */
void cg_expr_into(Cg *cg, Node *n, LLVMValueRef addr) {
	Node *u = ast_unparen(n);
	int k = type_under(u->type)->kind;
	if (u->kind == ND_COMPOSITE && (k == TY_STRUCT || k == TY_ARRAY)) {
		cgd_composite_init(cg, u, addr);
		return;
	}
	cg_store(cg, n->type, cg_expr(cg, n), addr);
}
