/* cg_struct.c: struct field selection (Go spec: Selectors), through embedded fields.
 *
 * Input: a checked ND_SELECTOR of kind SEL_FIELD, whose Lookup holds the path of embedded
 * fields walked to reach the field. Output: the field's address (GEPs from the operand's
 * address, loading and nil-checking each embedded pointer on the way) or its value. A struct
 * value that is not addressable (a call's result) is spilled to a temporary first.
 */
#include "cg_data.h"

LLVMValueRef cg_field_ptr(Cg *cg, Type *st, LLVMValueRef addr, int i) {
	Type *u = type_under(st);
	return LLVMBuildStructGEP2(cg->b, cg_type(cg, u), addr, (unsigned)cg_field_index(cg, u, i),
				   u->fields.v[i].name);
}

/* From the address of a value of type *t, follow path[0..depth) through embedded fields; an
 * embedded pointer is loaded and nil-checked before it is followed further. Returns the address
 * of the value reached (possibly a nil pointer loaded at the last step: a caller that
 * dereferences it checks it, a pointer-receiver method does not need to) and sets *t to its type. */
LLVMValueRef cgd_walk_path(Cg *cg, Type **t, LLVMValueRef addr, const int *path, int depth) {
	bool loaded = false;
	for (int i = 0; i < depth; i++) {
		if (loaded)
			cg_check_nil(cg, addr);
		Field *f = &type_under(*t)->fields.v[path[i]];
		addr = cg_field_ptr(cg, *t, addr, path[i]);
		*t = f->type;
		loaded = type_under(*t)->kind == TY_POINTER;
		if (loaded) {
			addr = LLVMBuildLoad2(cg->b, cg->t_ptr, addr, f->name);
			*t = type_under(*t)->elem;
		}
	}
	return addr;
}

/* The address of the value a selector or index operand x denotes: x itself when addressable,
 * *x (nil-checked) for a pointer, else a temporary holding x. Sets *t to the pointed-to type. */
LLVMValueRef cgd_operand_addr(Cg *cg, Node *x, Type **t) {
	Type *xt = x->type;
	if (type_under(xt)->kind == TY_POINTER) {
		LLVMValueRef p = cg_expr(cg, x);
		cg_check_nil(cg, p);
		*t = type_under(xt)->elem;
		return p;
	}
	*t = xt;
	if (ast_unparen(x)->flags & NF_ADDRESSABLE)
		return cg_addr(cg, x);
	if (ast_unparen(x)->kind == ND_INDEX && type_under(ast_unparen(x)->index.x->type)->kind == TY_MAP)
		return cgd_map_read_addr(cg,
					 ast_unparen(x)); /* m[k].f, m[k][i]: a read, never an insertion */
	return cg_data_addr(cg, ast_unparen(x));
}

/* The nil check of p in p.f names f's offset (cg_check_nil_field), as gc's faulting load does. */
LLVMValueRef cgd_field_addr(Cg *cg, Node *n) {
	Type *t = n->sel.x->type;
	Lookup *lk = &n->sel.lookup;
	if (lk->depth == 0 && type_under(t)->kind == TY_POINTER) {
		t = type_under(t)->elem;
		LLVMValueRef p = cg_expr(cg, n->sel.x);
		cg_check_nil_field(cg, p, t, lk->index);
		return cg_field_ptr(cg, t, p, lk->index);
	}
	LLVMValueRef addr = cgd_operand_addr(cg, n->sel.x, &t);
	addr = cgd_walk_path(cg, &t, addr, lk->path, lk->depth);
	if (lk->depth > 0)
		cg_check_nil_field(cg, addr, t, lk->index);
	return cg_field_ptr(cg, t, addr, lk->index);
}

/* x.f as a value. A field of a struct value that is not in memory (a call's result, without
 * embedded pointers on the way) is extracted directly, without a temporary. */
LLVMValueRef cgd_field(Cg *cg, Node *n) {
	Node *x = ast_unparen(n->sel.x);
	Lookup *lk = &n->sel.lookup;
	bool in_memory = (x->flags & NF_ADDRESSABLE) || type_under(x->type)->kind == TY_POINTER;
	if (!in_memory && lk->depth == 0) {
		LLVMValueRef v = cg_expr(cg, x);
		return LLVMBuildExtractValue(cg->b, v, (unsigned)cg_field_index(cg, x->type, lk->index),
					     n->sel.name);
	}
	return cg_load(cg, n->type, cgd_field_addr(cg, n), n->sel.name);
}
