/* cg_stmt.c: statements and control flow (Go spec: Statements) as LLVM basic blocks.
 *
 * Input: checked statement nodes of the function being generated (cg->f). Output: instructions
 * at the builder's position, which is left at the statement's fall-through point. A statement
 * that cannot fall through (return, break, goto, panic) leaves the builder in a terminated block;
 * the next statement then starts a fresh block without predecessors ("dead"), which LLVM drops.
 * Loops and switches push a CgTarget so break and continue (labeled or not) find their blocks.
 */
#include <string.h>

#include "cg.h"

typedef struct CgLabel {
	const char *name;
	LLVMBasicBlockRef bb;
	struct CgLabel *next;
} CgLabel;

static bool is_blank(Node *n) {
	n = ast_unparen(n);
	return n->kind == ND_IDENT && strcmp(n->ident.name, "_") == 0;
}

/* ---- assignment (Go spec: Assignment statements) --------------------------------------------- */

void cg_assign_to(Cg *cg, Node *lhs, LLVMValueRef val) {
	if (is_blank(lhs))
		return;
	cg_store(cg, lhs->type, val, cg_addr(cg, lhs));
}

/* A struct or array literal assigned to a fresh variable is built in place (no aggregate value
 * the size of the literal, which LLVM handles poorly when it is big). */
static bool is_aggregate_literal(Node *v) {
	v = ast_unparen(v);
	if (v->kind != ND_COMPOSITE)
		return false;
	TypeKind k = type_under(v->type)->kind;
	return k == TY_STRUCT || k == TY_ARRAY;
}

/* A map element on the left is found (and created) by gosub_mapassign only after the right side
 * has been evaluated, so `m[k] = len(m)` sees the map before the insertion. */
static bool is_map_index(Node *n) {
	n = ast_unparen(n);
	return n->kind == ND_INDEX && type_under(n->index.x->type)->kind == TY_MAP;
}

/* The type of part i of a multi-valued expression: a call's result, or (value, bool) of a
 * comma-ok form. */
static Type *tuple_part_type(Node *rhs, int i) {
	if (rhs->type && rhs->type->kind == TY_TUPLE)
		return rhs->type->elems.v[i];
	return i == 0 ? rhs->type : ty_bool;
}

/* Reading a variable has no effect to keep, so `_ = v` need not load v: for an array of
 * 10,000 words that load is one LLVM value LLVM takes gigabytes to split (Go's bug092.go). */
static bool is_variable(Node *n) {
	n = ast_unparen(n);
	return n->kind == ND_IDENT && n->ident.sym && n->ident.sym->kind == SYM_VAR;
}

/* NULL, after deleting v if it is an instruction nothing uses (a load or extractvalue). */
static LLVMValueRef drop_value(LLVMValueRef v) {
	if (LLVMIsAInstruction(v) && !LLVMGetFirstUse(v))
		LLVMInstructionEraseFromParent(v);
	return NULL;
}

/* The right-hand values of an assignment or declaration: one per left side, from a list of
 * expressions or from a single multi-valued one (call, comma-ok form). The checker cannot wrap
 * the parts of a multi-valued expression in conversions, so a part assigned to an interface is
 * boxed here (`var a, b any = x.(bool)`); dst[i] is the destination's type, NULL for blanks
 * (whose value is NULL when reading it has no effect). */
static LLVMValueRef *cg_rhs_values(Cg *cg, NodeVec *rhs, int nlhs, Type **dst) {
	if (rhs->len == 1 && nlhs > 1) {
		Node *r = rhs->v[0];
		LLVMValueRef *vals = cg_tuple_parts(cg, cg_expr(cg, r), nlhs);
		for (int i = 0; i < nlhs; i++) {
			Type *pt = tuple_part_type(r, i);
			if (!dst[i]) /* a blank: its part, perhaps a big load, is not kept */
				vals[i] = drop_value(vals[i]);
			else if (type_is_interface(dst[i]) && !type_is_interface(pt))
				vals[i] = cg_box(cg, r, pt, dst[i], vals[i]);
		}
		return vals;
	}
	LLVMValueRef *vals = xalloc(sizeof *vals * (size_t)(nlhs + 1));
	for (int i = 0; i < rhs->len; i++)
		vals[i] = !dst[i] && is_variable(rhs->v[i]) ? NULL : cg_expr(cg, rhs->v[i]);
	return vals;
}

static Type **lhs_types(NodeVec *lhs) {
	Type **t = xalloc(sizeof(Type *) * (size_t)(lhs->len + 1));
	for (int i = 0; i < lhs->len; i++)
		t[i] = is_blank(lhs->v[i]) ? NULL : lhs->v[i]->type;
	return t;
}

/* A left side of `a, b = x, y` between the two phases of the assignment (Go spec: Assignment
 * statements): "the operands of index expressions and pointer indirections on the left ... are
 * evaluated" first, but the nil and bounds checks and the map insertion happen with the store,
 * so `m[k], *p = 1, 2` with a nil p assigns m[k] before it panics (gc agrees). */
typedef struct LhsRef {
	enum { LHS_ADDR, LHS_DEREF, LHS_FIELD, LHS_SLICE, LHS_MAP } kind;
	LLVMValueRef a, b; /* ADDR: the address; DEREF, FIELD (p.f): the pointer; SLICE: slice, index;
	                      MAP: map, key slot */
} LhsRef;

/* p.f with p a pointer to a struct declaring f (no embedded fields on the way). */
static bool is_field_of_pointer(Node *l) {
	return l->kind == ND_SELECTOR && l->sel.kind == SEL_FIELD && l->sel.lookup.depth == 0 &&
	       type_under(l->sel.x->type)->kind == TY_POINTER;
}

/* Phase 1 for one left side l (neither blank nor defined by :=). */
static LhsRef lhs_operands(Cg *cg, Node *l) {
	Type *xt = l->kind == ND_INDEX ? type_under(l->index.x->type) : NULL;
	if (xt && (xt->kind == TY_MAP || xt->kind == TY_SLICE)) {
		LLVMValueRef x = cg_expr(cg, l->index.x);
		Node *i = l->index.index;
		if (xt->kind == TY_MAP) {
			LLVMValueRef key = cg_entry_alloca(cg, cg_type(cg, xt->key), "key");
			cg_store(cg, xt->key, cg_expr(cg, i), key);
			return (LhsRef){LHS_MAP, x, key};
		}
		return (LhsRef){LHS_SLICE, x, cg_convert_value(cg, cg_expr(cg, i), i->type, ty_int)};
	}
	if (l->kind == ND_STAR)
		return (LhsRef){LHS_DEREF, cg_expr(cg, l->unary.x), NULL};
	if (is_field_of_pointer(l))
		return (LhsRef){LHS_FIELD, cg_expr(cg, l->sel.x), NULL};
	return (LhsRef){LHS_ADDR, cg_addr(cg, l), NULL};
}

/* Phase 2: the checks, then the address to store to. */
static LLVMValueRef lhs_address(Cg *cg, Node *l, LhsRef r) {
	switch (r.kind) {
	case LHS_DEREF: cg_check_nil(cg, r.a); return r.a;
	case LHS_FIELD:
		cg_check_nil_field(cg, r.a, type_under(l->sel.x->type)->elem, l->sel.lookup.index);
		return cg_field_ptr(cg, type_under(l->sel.x->type)->elem, r.a, l->sel.lookup.index);
	case LHS_SLICE:
		cg_check_index(cg, r.b, LLVMBuildExtractValue(cg->b, r.a, 1, "len"),
			       type_is_unsigned(l->index.index->type) &&
				   type_size(l->index.index->type) == 8);
		return LLVMBuildInBoundsGEP2(cg->b, cg_type(cg, l->type),
					     LLVMBuildExtractValue(cg->b, r.a, 0, "ptr"), &r.b, 1, "elem");
	case LHS_MAP: {
		Type *mt = l->index.x->type;
		LLVMValueRef args[] = {cg_typedesc(cg, mt), r.a, r.b};
		return cg_rtcall(cg, "gosub_mapassign", args, 3);
	}
	default: return r.a;
	}
}

/* gc's order (cg_order.c): the calls of the left side's operands, then of the right side. */
static void order_assign(Cg *cg, Node *n) {
	NodeVec *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
	Node **roots = xalloc(sizeof(Node *) * (size_t)(lhs->len + rhs->len));
	int k = 0;
	for (int i = 0; i < lhs->len; i++) {
		Node *l = ast_unparen(lhs->v[i]);
		if (l->kind == ND_INDEX || l->kind == ND_SELECTOR || l->kind == ND_STAR)
			roots[k++] = l;
	}
	for (int i = 0; i < rhs->len; i++)
		roots[k++] = rhs->v[i];
	if (rhs->len == 1 && lhs->len > 1) {
		/* `v, ok = <-c`, `a[i], b = f()`: the one right side is generated whole (comma-ok) */
		cg_order_hoist(cg, roots, k - 1);
		cg_order_hoist(cg, &rhs->v[0], 1);
	} else {
		cg_order_hoist(cg, roots, k);
	}
}

/* a, b = x, y: first the index and pointer operands on the left and the values on the right,
 * in order; then the checks and stores, left to right. So `a, b = b, a` swaps and
 * `i, m[i] = 1, 2` writes m[old i]. A variable defined by := gets its (zeroed) storage first:
 * the right side cannot see it (`x := x + 1` reads the outer x), and a big value loaded on the
 * right can then be copied memory to memory (cg_store). A single `m[k] = v` finds its slot
 * only after v is evaluated, so `m[k] = len(m)` sees the map before the insertion. */
static void cg_assign(Cg *cg, Node *n) {
	NodeVec *lhs = &n->assign.lhs;
	Node *l0 = ast_unparen(lhs->v[0]);
	order_assign(cg, n);
	if (lhs->len == 1 && n->assign.rhs.len == 1 && (l0->flags & NF_DEFINE) &&
	    is_aggregate_literal(n->assign.rhs.v[0])) {
		cgd_composite_init(cg, ast_unparen(n->assign.rhs.v[0]), cg_alloc_var(cg, l0->ident.sym));
		return;
	}
	LhsRef *refs = xalloc(sizeof *refs * (size_t)lhs->len);
	for (int i = 0; i < lhs->len; i++) {
		Node *l = ast_unparen(lhs->v[i]);
		if (is_blank(l) || (lhs->len == 1 && is_map_index(l)))
			continue;
		refs[i] = l->flags & NF_DEFINE ? (LhsRef){LHS_ADDR, cg_alloc_var(cg, l->ident.sym), NULL}
			  : lhs->len == 1      ? (LhsRef){LHS_ADDR, cg_addr(cg, l), NULL}
					       : lhs_operands(cg, l);
	}
	LLVMValueRef *vals = cg_rhs_values(cg, &n->assign.rhs, lhs->len, lhs_types(lhs));
	for (int i = 0; i < lhs->len; i++) {
		Node *l = ast_unparen(lhs->v[i]);
		if (is_blank(l))
			continue;
		LLVMValueRef addr = refs[i].a ? lhs_address(cg, l, refs[i]) : cg_addr(cg, l);
		cg_store(cg, l->type, vals[i], addr);
	}
}

/* x op= y: x's address is computed once. */
static void cg_op_assign(Cg *cg, Node *n) {
	Node *l = n->assign.lhs.v[0], *r = n->assign.rhs.v[0];
	int op = n->assign.op - TK_ADD_ASSIGN + TK_ADD;
	order_assign(cg, n);
	if (is_map_index(l)) {
		cgd_map_op_assign(cg, ast_unparen(l), op, r);
		return;
	}
	LLVMValueRef addr = cg_addr(cg, l);
	LLVMValueRef y = cg_expr(cg, r);
	LLVMValueRef x = cg_load(cg, l->type, addr, "");
	cg_store(cg, l->type, cg_binop(cg, op, l->type, x, y, r->type), addr);
}

/* x++ and x-- are x += 1 and x -= 1 (Go spec: IncDec statements). */
static void cg_incdec(Cg *cg, Node *n) {
	Node *x = n->incdec.x, *u = ast_unparen(x);
	cg_order_hoist(cg, &u, 1); /* `m[v+f()]++` calls f before it reads v, as x += 1 does */
	LLVMValueRef addr = cg_addr(cg, x);
	LLVMValueRef v = cg_load(cg, x->type, addr, "");
	LLVMTypeRef ty = LLVMTypeOf(v);
	LLVMValueRef one = type_is_float(x->type) ? LLVMConstReal(ty, 1) : LLVMConstInt(ty, 1, 0);
	if (type_is_complex(x->type))
		one = cg_complex_const(cg, cv_convert(cv_int64(1), x->type), x->type);
	cg_store(cg, x->type, cg_binop(cg, n->incdec.inc ? TK_ADD : TK_SUB, x->type, v, one, x->type), addr);
}

/* var a, b T = x, y (local or package-level): storage for the names, then the values, stored. */
static void cg_valuespec(Cg *cg, Node *spec) {
	NodeVec *names = &spec->valuespec.names;
	Symbol *s0 = names->v[0]->ident.sym;
	if (names->len == 1 && spec->valuespec.values.len == 1 && s0 && !is_blank(names->v[0]) &&
	    is_aggregate_literal(spec->valuespec.values.v[0])) {
		if (!s0->is_global) /* gc's order, as below: `var s = T{v, f()}` calls f first */
			cg_order_hoist_list(cg, &spec->valuespec.values);
		cgd_composite_init(cg, ast_unparen(spec->valuespec.values.v[0]),
				   s0->is_global ? cg_global(cg, s0) : cg_alloc_var(cg, s0));
		return;
	}
	LLVMValueRef *addrs = xalloc(sizeof(LLVMValueRef) * (size_t)(names->len + 1)), *vals = NULL;
	for (int i = 0; i < names->len; i++) {
		Symbol *s = names->v[i]->ident.sym;
		if (s && !is_blank(names->v[i]))
			addrs[i] = s->is_global ? cg_global(cg, s) : cg_alloc_var(cg, s);
	}
	/* gc's order (cg_order.c) in functions; a package-level `var a, b = x, f()` reads x first */
	if (!(s0 && s0->is_global))
		cg_order_hoist_list(cg, &spec->valuespec.values);
	if (spec->valuespec.values.len)
		vals = cg_rhs_values(cg, &spec->valuespec.values, names->len, lhs_types(names));
	for (int i = 0; i < names->len && vals; i++)
		if (addrs[i])
			cg_store(cg, names->v[i]->ident.sym->type, vals[i], addrs[i]);
}

static void cg_declstmt(Cg *cg, Node *n) {
	Node *decl = n->unary.x;
	if (decl->gendecl.tok != TK_VAR)
		return;
	for (int i = 0; i < decl->gendecl.specs.len; i++)
		cg_valuespec(cg, decl->gendecl.specs.v[i]);
}

/* ---- return (Go spec: Return statements) ----------------------------------------------------- */

/* `return x, y` evaluates all values before storing any into the result cells (named results
 * may appear in them: `return b, a`); a bare return returns the cells as they are. */
static void cg_return(Cg *cg, Node *n) {
	NodeVec *list = &n->list.list;
	Func *fn = cg->f->fn;
	if (list->len > 0) {
		int nres = fn->results.len;
		Type **dst = xalloc(sizeof(Type *) * (size_t)(nres + 1));
		for (int i = 0; i < nres; i++)
			dst[i] = fn->results.v[i]->type;
		cg_order_hoist_list(cg, list);
		LLVMValueRef *vals = cg_rhs_values(cg, list, nres, dst);
		for (int i = 0; i < nres; i++)
			cg_store(cg, fn->results.v[i]->type, vals[i], cg->f->result_addrs[i]);
	}
	cg_return_results(cg);
}

/* ---- branch targets ------------------------------------------------------------------------ */

void cg_push_loop(Cg *cg, CgTarget *t, Node *stmt, LLVMBasicBlockRef brk, LLVMBasicBlockRef cont) {
	t->stmt = stmt;
	t->brk = brk;
	t->cont = cont;
	t->outer = cg->f->targets;
	t->iter_vars = NULL;
	cg->f->targets = t;
}

/* llvm.lifetime.start or .end (i64 size, ptr addr) at the builder b's position. */
static void cg_lifetime(Cg *cg, LLVMBuilderRef b, const char *which, CgIterVar *v) {
	unsigned id = LLVMLookupIntrinsicID(which, strlen(which));
	LLVMTypeRef ptr = cg->t_ptr;
	LLVMValueRef fn = LLVMGetIntrinsicDeclaration(cg->mod, id, &ptr, 1);
	LLVMValueRef args[2] = {LLVMConstInt(cg->t_i64, v->size, 0), v->addr};
	LLVMBuildCall2(b, LLVMIntrinsicGetType(cg->ctx, id, &ptr, 1), fn, args, 2, "");
}

/* -sanitize=stack, for the "or iteration" half of the soundness check: a variable declared in a
 * loop body is live from its declaration (lifetime.start) to the end of the iteration. Escape
 * analysis sends a variable whose address outlives the iteration to the heap (gc's loop depth),
 * so a stack one used later is its mistake, and ASan's use-after-scope check reports it. */
void cg_iteration_var(Cg *cg, LLVMValueRef addr, LLVMTypeRef ty) {
	CgTarget *loop = cg->f->targets;
	while (loop && !loop->cont) /* a switch in a loop body is still in the iteration */
		loop = loop->outer;
	if (!loop)
		return;
	CgIterVar *v = NEW(CgIterVar);
	v->addr = addr;
	v->size = (uint64_t)cg_sizeof(cg, ty);
	v->next = loop->iter_vars;
	loop->iter_vars = v;
	cg_lifetime(cg, cg->b, "llvm.lifetime.start", v);
}

/* The iteration ends where `continue` and `break` go: lifetime.end at the start of those blocks
 * (after any phi). Leaving by goto or by a labeled branch to an outer loop skips the end: the
 * check then misses a use, never reports a wrong one. */
static void cg_end_iteration(Cg *cg, CgIterVar *vars, LLVMBasicBlockRef bb) {
	LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
	LLVMValueRef i = LLVMGetFirstInstruction(bb);
	while (i && LLVMGetInstructionOpcode(i) == LLVMPHI)
		i = LLVMGetNextInstruction(i);
	if (i)
		LLVMPositionBuilderBefore(b, i);
	else
		LLVMPositionBuilderAtEnd(b, bb);
	for (CgIterVar *v = vars; v; v = v->next)
		cg_lifetime(cg, b, "llvm.lifetime.end", v);
	LLVMDisposeBuilder(b);
}

void cg_pop_loop(Cg *cg) {
	CgTarget *t = cg->f->targets;
	if (t->iter_vars) {
		cg_end_iteration(cg, t->iter_vars, t->cont);
		cg_end_iteration(cg, t->iter_vars, t->brk);
	}
	cg->f->targets = t->outer;
}

static LLVMBasicBlockRef cg_label_block(Cg *cg, const char *name) {
	for (CgLabel *l = cg->f->labels; l; l = l->next)
		if (strcmp(l->name, name) == 0)
			return l->bb;
	CgLabel *l = NEW(CgLabel);
	l->name = name;
	l->bb = cg_new_block(cg, name);
	l->next = cg->f->labels;
	cg->f->labels = l;
	return l->bb;
}

static bool target_matches(CgTarget *t, Node *target) {
	if (!target)
		return true;
	return t->stmt == target || (target->kind == ND_LABELED && target->labeled.stmt == t->stmt);
}

/* break / continue [label]: the innermost enclosing statement, or the labeled one. */
static LLVMBasicBlockRef cg_branch_dest(Cg *cg, Node *n) {
	bool cont = n->branch.tok == TK_CONTINUE;
	Node *target = n->branch.label ? n->branch.target : NULL;
	for (CgTarget *t = cg->f->targets; t; t = t->outer)
		if ((!cont || t->cont) && target_matches(t, target))
			return cont ? t->cont : t->brk;
	fatal("%s: no target for %s", pos_str(n->pos), cont ? "continue" : "break");
}

static void cg_branch(Cg *cg, Node *n) {
	switch (n->branch.tok) {
	case TK_GOTO: LLVMBuildBr(cg->b, cg_label_block(cg, n->branch.label)); return;
	case TK_FALLTHROUGH: LLVMBuildBr(cg->b, cg->f->fallthrough_to); return;
	default: LLVMBuildBr(cg->b, cg_branch_dest(cg, n));
	}
}

/* label: stmt  ->  br label; label: <stmt>   (goto jumps to the same block) */
static void cg_labeled(Cg *cg, Node *n) {
	LLVMBasicBlockRef bb = cg_label_block(cg, n->labeled.label);
	LLVMBuildBr(cg->b, bb);
	LLVMPositionBuilderAtEnd(cg->b, bb);
	cg_stmt(cg, n->labeled.stmt);
}

/* ---- if and for (Go spec: If statements, For statements) ------------------------------------ */

static void br_if_open(Cg *cg, LLVMBasicBlockRef bb) {
	if (!cg_block_terminated(cg))
		LLVMBuildBr(cg->b, bb);
}

/* Lower `if init; cond { then } else { els }` as:
 *   <init>; br <cond>, if.then, if.else
 * if.then:  <then>; br if.end
 * if.else:  <els>;  br if.end
 * if.end: */
static void cg_if(Cg *cg, Node *n) {
	if (n->ifs.init)
		cg_stmt(cg, n->ifs.init);
	LLVMBasicBlockRef then = cg_new_block(cg, "if.then");
	LLVMBasicBlockRef els = n->ifs.els ? cg_new_block(cg, "if.else") : NULL;
	LLVMBasicBlockRef end = cg_new_block(cg, "if.end");
	cg_order_hoist(cg, &n->ifs.cond, 1);
	cg_cond_branch(cg, n->ifs.cond, then, els ? els : end);
	LLVMPositionBuilderAtEnd(cg->b, then);
	cg_block(cg, n->ifs.then);
	br_if_open(cg, end);
	if (els) {
		LLVMPositionBuilderAtEnd(cg->b, els);
		cg_stmt(cg, n->ifs.els);
		br_if_open(cg, end);
	}
	LLVMPositionBuilderAtEnd(cg->b, end);
}

/* Lower `for init; cond; post { body }` as:
 *   <init>; br for.cond
 * for.cond:  br <cond>, for.body, for.end      (no cond: br for.body)
 * for.body:  <body>; br for.post               continue -> for.post, break -> for.end
 * for.post:  <post>; br for.cond
 * for.end: */
static void cg_for(Cg *cg, Node *n) {
	if (n->fors.init)
		cg_stmt(cg, n->fors.init);
	LLVMBasicBlockRef cond = cg_new_block(cg, "for.cond");
	LLVMBasicBlockRef body = cg_new_block(cg, "for.body");
	LLVMBasicBlockRef post = cg_new_block(cg, "for.post");
	LLVMBasicBlockRef end = cg_new_block(cg, "for.end");
	LLVMBuildBr(cg->b, cond);
	LLVMPositionBuilderAtEnd(cg->b, cond);
	if (n->fors.cond) {
		cg_order_hoist(cg, &n->fors.cond, 1);
		cg_cond_branch(cg, n->fors.cond, body, end);
	} else {
		LLVMBuildBr(cg->b, body);
	}
	LLVMPositionBuilderAtEnd(cg->b, body);
	CgTarget t;
	cg_push_loop(cg, &t, n, end, post);
	cg_block(cg, n->fors.body);
	cg_pop_loop(cg);
	br_if_open(cg, post);
	LLVMPositionBuilderAtEnd(cg->b, post);
	if (n->fors.post)
		cg_stmt(cg, n->fors.post);
	LLVMBuildBr(cg->b, cond);
	LLVMPositionBuilderAtEnd(cg->b, end);
}

/* ---- switch (Go spec: Expression switches) --------------------------------------------------- */

/* tag == e where e is an interface and the tag is not (`switch b { case i: }`, or a tagless
 * switch, whose tag is `true`): as gc does, the tag is converted to e's interface for this
 * comparison. The box is only read by the comparison, so it lives on the stack. */
static LLVMValueRef cg_case_iface_eq(Cg *cg, Type *tag_t, LLVMValueRef tagv, Node *e) {
	static Node compare_only = {.esc = ESC_NONE};
	LLVMValueRef v = cg_expr(cg, e);
	LLVMValueRef boxed = cg_box(cg, &compare_only, tag_t, e->type, tagv);
	return cg_eq(cg, boxed, v, e->type);
}

/* One clause's test: tag == e for each e of its list, or e itself without a tag. */
static void cg_case_test(Cg *cg, Node *clause, Node *tag, LLVMValueRef tagv, LLVMBasicBlockRef body,
			 LLVMBasicBlockRef next) {
	NodeVec *list = &clause->caseclause.list;
	for (int j = 0; j < list->len; j++) {
		LLVMBasicBlockRef more = j + 1 < list->len ? cg_new_block(cg, "case.next") : next;
		Node *e = list->v[j];
		bool iface_case = type_is_interface(e->type) && !(tag && type_is_interface(tag->type));
		if (iface_case) {
			Type *tag_t = tag ? tag->type : ty_bool;
			LLVMValueRef t = tag ? tagv : LLVMConstInt(cg->t_i1, 1, 0);
			LLVMBuildCondBr(cg->b, cg_case_iface_eq(cg, tag_t, t, e), body, more);
		} else if (tag) {
			LLVMValueRef v = cg_expr(cg, e);
			LLVMBuildCondBr(cg->b, cg_eq(cg, tagv, v, tag->type), body, more);
		} else {
			cg_cond_branch(cg, e, body, more);
		}
		LLVMPositionBuilderAtEnd(cg->b, more);
	}
}

/* Lower `switch init; tag { case a, b: S1; default: S2; case c: S3 }` as:
 *   <init>; %t = <tag>
 *   br (%t == a) case.body0, case.next; ... test clauses in source order, default skipped
 * sw.default: br default's body (or sw.end)
 * case.bodyI: <SI>; br sw.end          fallthrough -> case.bodyI+1, break -> sw.end */
static void cg_switch(Cg *cg, Node *n) {
	if (n->sw.init)
		cg_stmt(cg, n->sw.init);
	Node *tag = n->sw.tag;
	if (tag)
		cg_order_hoist(cg, &tag, 1);
	LLVMValueRef tagv = tag ? cg_expr(cg, tag) : NULL;
	NodeVec *cl = &n->sw.clauses;
	LLVMBasicBlockRef *bodies = xalloc(sizeof *bodies * (size_t)(cl->len + 1));
	LLVMBasicBlockRef end = cg_new_block(cg, "sw.end"), dflt = end;
	for (int i = 0; i < cl->len; i++) {
		bodies[i] = cg_new_block(cg, "case.body");
		if (cl->v[i]->caseclause.is_default)
			dflt = bodies[i];
	}
	for (int i = 0; i < cl->len; i++)
		if (!cl->v[i]->caseclause.is_default)
			cg_case_test(cg, cl->v[i], tag, tagv, bodies[i], cg_new_block(cg, "case.test"));
	LLVMBuildBr(cg->b, dflt);
	CgTarget t;
	cg_push_loop(cg, &t, n, end, NULL);
	LLVMBasicBlockRef outer_fallthrough = cg->f->fallthrough_to; /* switches nest */
	for (int i = 0; i < cl->len; i++) {
		LLVMPositionBuilderAtEnd(cg->b, bodies[i]);
		cg->f->fallthrough_to = i + 1 < cl->len ? bodies[i + 1] : end;
		NodeVec *body = &cl->v[i]->caseclause.body;
		for (int j = 0; j < body->len; j++)
			cg_stmt(cg, body->v[j]);
		br_if_open(cg, end);
	}
	cg->f->fallthrough_to = outer_fallthrough;
	cg_pop_loop(cg);
	LLVMPositionBuilderAtEnd(cg->b, end);
}

/* ---- range over arrays, slices and strings (Go spec: For statements with range clause) ------ */

/* The iteration variables of `for k, v := range x` are declared once, before the loop (Go 1.19). */
static void cg_range_declare(Cg *cg, Node *n) {
	Node *vars[2] = {n->range.key, n->range.value};
	for (int i = 0; i < 2; i++)
		if (vars[i] && n->range.define && !is_blank(vars[i]))
			cg_alloc_var(cg, ast_unparen(vars[i])->ident.sym);
}

/* key, value = k, v for one iteration (v NULL: no value variable). Go spec: the iteration
 * values are assigned "as in an assignment statement", so with `=` the operands of both left
 * sides are evaluated before either is stored: `for i, x[i] = range y` indexes x with the old i. */
static void cg_range_set(Cg *cg, Node *n, LLVMValueRef k, LLVMValueRef v) {
	Node *key = n->range.key, *val = v ? n->range.value : NULL;
	if (!key)
		return;
	if (n->range.define || !val || is_blank(key) || is_blank(val)) {
		cg_assign_to(cg, key, k);
		if (val)
			cg_assign_to(cg, val, v);
		return;
	}
	Node *lk = ast_unparen(key), *lv = ast_unparen(val);
	LhsRef rk = lhs_operands(cg, lk), rv = lhs_operands(cg, lv);
	cg_store(cg, lk->type, k, lhs_address(cg, lk, rk));
	cg_store(cg, lv->type, v, lhs_address(cg, lv, rv));
}

/* Shared loop skeleton over a hidden index %i in [0, len):
 * range.cond: br (%i < len), range.body, range.end
 * range.body: <set key, value>; <body>; br range.post     continue -> range.post
 * range.post: %i = <next>; br range.cond */
typedef struct RangeLoop {
	LLVMValueRef iaddr, len;
	LLVMBasicBlockRef cond, body, post, end;
} RangeLoop;

static void range_begin(Cg *cg, RangeLoop *r, LLVMValueRef len) {
	r->len = len;
	r->iaddr = cg_entry_alloca(cg, cg->t_i64, "range.i");
	LLVMBuildStore(cg->b, LLVMConstInt(cg->t_i64, 0, 0), r->iaddr);
	r->cond = cg_new_block(cg, "range.cond");
	r->body = cg_new_block(cg, "range.body");
	r->post = cg_new_block(cg, "range.post");
	r->end = cg_new_block(cg, "range.end");
	LLVMBuildBr(cg->b, r->cond);
	LLVMPositionBuilderAtEnd(cg->b, r->cond);
	LLVMValueRef i = LLVMBuildLoad2(cg->b, cg->t_i64, r->iaddr, "i");
	LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, i, len, ""), r->body, r->end);
	LLVMPositionBuilderAtEnd(cg->b, r->body);
}

static void range_body(Cg *cg, RangeLoop *r, Node *n) {
	CgTarget t;
	cg_push_loop(cg, &t, n, r->end, r->post);
	cg_block(cg, n->range.body);
	cg_pop_loop(cg);
	br_if_open(cg, r->post);
	LLVMPositionBuilderAtEnd(cg->b, r->post);
}

static void range_end(Cg *cg, RangeLoop *r, LLVMValueRef next) {
	LLVMBuildStore(cg->b, next, r->iaddr);
	LLVMBuildBr(cg->b, r->cond);
	LLVMPositionBuilderAtEnd(cg->b, r->end);
}

/* `range a` over an array value evaluates a copy of a, once, memory to memory:
 *   %range.copy = alloca [N x T]; call @llvm.memcpy(ptr %range.copy, ptr <&a>, i64 size) */
static LLVMValueRef range_copy(Cg *cg, Node *x, Type *arr) {
	LLVMValueRef copy = cg_entry_alloca(cg, cg_type(cg, arr), "range.copy");
	if (!(x->flags & NF_ADDRESSABLE)) {
		cg_store(cg, arr, cg_expr(cg, x), copy);
		return copy;
	}
	unsigned align = (unsigned)type_align(arr);
	LLVMBuildMemCpy(cg->b, copy, align, cg_addr(cg, x), align,
			LLVMConstInt(cg->t_i64, (unsigned long long)type_size(arr), 0));
	return copy;
}

/* Arrays (copied once when the value is used, as the spec's "evaluated once" requires), pointers
 * to arrays, and slices: element i is at base + i * sizeof(elem). With only a key, x is not
 * evaluated at all when its length is constant (no calls or receives in it). */
static void cg_range_indexed(Cg *cg, Node *n, Type *xt) {
	Type *u = type_under(xt);
	bool ptr = u->kind == TY_POINTER;
	Type *coll = ptr ? type_under(u->elem) : u;
	bool want_value = n->range.value && !is_blank(n->range.value);
	LLVMValueRef base = NULL, len;
	if (coll->kind == TY_SLICE) {
		LLVMValueRef s = cg_expr(cg, n->range.x);
		base = LLVMBuildExtractValue(cg->b, s, 0, "range.ptr");
		len = LLVMBuildExtractValue(cg->b, s, 1, "range.len");
	} else {
		len = LLVMConstInt(cg->t_i64, (unsigned long long)coll->len, 0);
		if (want_value && ptr) {
			base = cg_expr(cg, n->range.x);
			cg_check_nil(cg, base);
		} else if (want_value) {
			base = range_copy(cg, n->range.x, coll);
		} else if (ast_has_call_or_recv(n->range.x)) {
			cg_expr(cg, n->range.x); /* its length is not constant: x is evaluated */
		}
	}
	cg_range_declare(cg, n);
	RangeLoop r;
	range_begin(cg, &r, len);
	LLVMValueRef i = LLVMBuildLoad2(cg->b, cg->t_i64, r.iaddr, "i");
	LLVMValueRef v = NULL;
	if (want_value) {
		LLVMValueRef p = LLVMBuildInBoundsGEP2(cg->b, cg_type(cg, coll->elem), base, &i, 1, "elem");
		v = cg_load(cg, coll->elem, p, "v");
	}
	cg_range_set(cg, n, i, v);
	range_body(cg, &r, n);
	i = LLVMBuildLoad2(cg->b, cg->t_i64, r.iaddr, "i");
	range_end(cg, &r, LLVMBuildAdd(cg->b, i, LLVMConstInt(cg->t_i64, 1, 0), "i.next"));
}

/* Strings yield (byte index, rune). ASCII bytes are decoded inline; others go through
 * gosub_decode_rune, which also gives the index of the next rune:
 *   %b = load s[i]; br (%b < 0x80), ascii, multi
 *   ascii: r = zext %b, next = i + 1      multi: r = decode_rune(s, len, i, &next) */
static void cg_range_string(Cg *cg, Node *n) {
	LLVMValueRef s = cg_expr(cg, n->range.x), sa[2];
	cg_str_args(cg, s, sa);
	cg_range_declare(cg, n);
	LLVMValueRef next = cg_entry_alloca(cg, cg->t_i64, "range.next");
	RangeLoop r;
	range_begin(cg, &r, sa[1]);
	LLVMValueRef i = LLVMBuildLoad2(cg->b, cg->t_i64, r.iaddr, "i");
	LLVMValueRef bp = LLVMBuildInBoundsGEP2(cg->b, cg->t_i8, sa[0], &i, 1, "");
	LLVMValueRef byte = LLVMBuildLoad2(cg->b, cg->t_i8, bp, "b");
	LLVMBasicBlockRef ascii = cg_new_block(cg, "rune.ascii"), multi = cg_new_block(cg, "rune.multi");
	LLVMBasicBlockRef join = cg_new_block(cg, "rune.done");
	LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGE, byte, LLVMConstInt(cg->t_i8, 0, 0), ""),
			ascii, multi);
	LLVMPositionBuilderAtEnd(cg->b, ascii);
	LLVMValueRef r1 = LLVMBuildZExt(cg->b, byte, cg->t_i32, "");
	LLVMBuildStore(cg->b, LLVMBuildAdd(cg->b, i, LLVMConstInt(cg->t_i64, 1, 0), ""), next);
	LLVMBuildBr(cg->b, join);
	LLVMPositionBuilderAtEnd(cg->b, multi);
	LLVMValueRef args[4] = {sa[0], sa[1], i, next};
	LLVMValueRef r2 = cg_rtcall(cg, "gosub_decode_rune", args, 4);
	LLVMBuildBr(cg->b, join);
	LLVMPositionBuilderAtEnd(cg->b, join);
	LLVMValueRef rune = LLVMBuildPhi(cg->b, cg->t_i32, "rune");
	LLVMValueRef vals[2] = {r1, r2};
	LLVMBasicBlockRef bbs[2] = {ascii, multi};
	LLVMAddIncoming(rune, vals, bbs, 2);
	cg_range_set(cg, n, i, n->range.value ? rune : NULL);
	range_body(cg, &r, n);
	range_end(cg, &r, LLVMBuildLoad2(cg->b, cg->t_i64, next, "i.next"));
}

static void cg_range(Cg *cg, Node *n) {
	Type *xt = n->range.x->type;
	cg_order_hoist(cg, &n->range.x, 1); /* `range []T{v, f()}` calls f first (cg_order.c) */
	switch (type_under(xt)->kind) {
	case TY_STRING: cg_range_string(cg, n); return;
	case TY_MAP: cg_range_map(cg, n); return;
	case TY_SLICE:
	case TY_ARRAY:
	case TY_POINTER: cg_range_indexed(cg, n, xt); return;
	case TY_CHAN: cg_range_chan(cg, n); return;
	default: diag_error(n->pos, "range over %s not supported by gosub", type_string(xt));
	}
}

/* ---- dispatch ------------------------------------------------------------------------------- */

/* An expression statement: a call, or a receive whose value is dropped. */
static void cg_expr_stmt(Cg *cg, Node *x) {
	Node *u = ast_unparen(x);
	cg_order_hoist(cg, &u, 1);
	if (u->kind == ND_UNARY && u->unary.op == TK_ARROW)
		cg_recv_discard(cg, u);
	else
		cg_expr(cg, x);
}

static void cg_stmt_node(Cg *cg, Node *n);

/* -allocprof: `s += t` and `defer` are allocation sites too (cg_allocprof.c). */
/* Go spec: Blocks: "Each if, for, and switch statement is considered to be in its own implicit
 * block" (select's clauses too), which holds the variables of its init statement. */
static bool opens_block(Node *n) {
	switch (n->kind) {
	case ND_IF:
	case ND_FOR:
	case ND_RANGE:
	case ND_SWITCH:
	case ND_TYPESWITCH:
	case ND_SELECT: return true;
	default: return false;
	}
}

void cg_stmt(Cg *cg, Node *n) {
	Node *outer = cg_allocprof_enter(cg, n);
	LLVMMetadataRef loc = cg_debug_enter(cg, n->pos);
	LLVMMetadataRef block = opens_block(n) ? cg_debug_block_begin(cg, n->pos) : NULL;
	int nhoisted = cg->nhoisted;
	cg_stmt_node(cg, n);
	cg->nhoisted = nhoisted; /* the statement's calls evaluated ahead (cg_order.c) are done */
	cg_debug_block_end(cg, block);
	cg_debug_leave(cg, loc);
	cg->site = outer;
}

static void cg_stmt_node(Cg *cg, Node *n) {
	if (cg_block_terminated(cg))
		LLVMPositionBuilderAtEnd(cg->b, cg_new_block(cg, "dead"));
	switch (n->kind) {
	case ND_BLOCK: cg_block(cg, n); return;
	case ND_EMPTY: return;
	case ND_EXPRSTMT: cg_expr_stmt(cg, n->unary.x); return;
	case ND_INCDEC: cg_incdec(cg, n); return;
	case ND_ASSIGN:
		if (n->assign.op == TK_ASSIGN || n->assign.op == TK_DEFINE)
			cg_assign(cg, n);
		else
			cg_op_assign(cg, n);
		return;
	case ND_VALUESPEC: cg_valuespec(cg, n); return;
	case ND_DECLSTMT: cg_declstmt(cg, n); return;
	case ND_RETURN: cg_return(cg, n); return;
	case ND_BRANCH: cg_branch(cg, n); return;
	case ND_LABELED: cg_labeled(cg, n); return;
	case ND_IF: cg_if(cg, n); return;
	case ND_FOR: cg_for(cg, n); return;
	case ND_RANGE: cg_range(cg, n); return;
	case ND_SWITCH: cg_switch(cg, n); return;
	case ND_TYPESWITCH: cg_typeswitch(cg, n); return;
	case ND_DEFER: cg_defer_stmt(cg, n); return;
	case ND_GO: cg_go_stmt(cg, n); return;
	case ND_SEND: cg_send(cg, n); return;
	case ND_SELECT: cg_select(cg, n); return;
	default: fatal("%s: cg_stmt of %s", pos_str(n->pos), ast_kind_name(n->kind));
	}
}

void cg_block(Cg *cg, Node *block) {
	LLVMMetadataRef outer = cg_debug_block_begin(cg, block->pos);
	for (int i = 0; i < block->block.stmts.len; i++)
		cg_stmt(cg, block->block.stmts.v[i]);
	cg_debug_block_end(cg, outer);
}
