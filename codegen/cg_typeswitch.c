/* cg_typeswitch.c: type switches (Go spec: Type switches).
 *
 * Input: a checked ND_TYPESWITCH `switch [init;] [v :=] x.(type) { case T1, T2: ... }`.
 * Output: a chain of tests on x's dynamic type, in source order (default last), then the clause
 * bodies. An interface value is { tab, data } (gosubrt.h): tab is the dynamic type's descriptor
 * for an empty interface, an itab { inter, type, fns... } otherwise. Descriptors are unique per
 * type in the module, so a concrete case is one pointer comparison; an interface case asks the
 * runtime for an itab (gosub_getitab with canfail). In a clause naming exactly one type, v is x's
 * value as that type; in the others v is x itself.
 */
#include "cg_data.h" /* cgd_dyn_type: the dynamic type word, shared with type assertions */

static bool is_nil_case(Node *e) {
	e = ast_unparen(e);
	return e->kind == ND_IDENT && e->ident.sym && e->ident.sym->kind == SYM_NIL;
}

static bool is_empty_iface(Type *t) { return type_under(t)->methods.len == 0; }

/* The itab of (non-null) dynamic type typ for interface t, or null when it does not implement t. */
static LLVMValueRef find_itab(Cg *cg, Type *t, LLVMValueRef typ) {
	LLVMValueRef args[3] = {cg_typedesc(cg, t), typ, LLVMConstInt(cg->t_i1, 1, 0)};
	return cg_rtcall(cg, "gosub_getitab", args, 3);
}

/* Does case entry e match? Branches to yes or no. */
static void case_test(Cg *cg, Node *e, LLVMValueRef typ, LLVMBasicBlockRef yes, LLVMBasicBlockRef no) {
	LLVMValueRef isnil = LLVMBuildIsNull(cg->b, typ, "isnil");
	if (is_nil_case(e)) {
		LLVMBuildCondBr(cg->b, isnil, yes, no);
		return;
	}
	Type *t = e->type;
	if (!type_is_interface(t)) {
		LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntEQ, typ, cg_typedesc(cg, t), "is"), yes,
				no);
		return;
	}
	if (is_empty_iface(t)) {
		LLVMBuildCondBr(cg->b, isnil, no, yes);
		return;
	}
	LLVMBasicBlockRef look = cg_new_block(cg, "ts.getitab");
	LLVMBuildCondBr(cg->b, isnil, no, look);
	LLVMPositionBuilderAtEnd(cg->b, look);
	LLVMBuildCondBr(cg->b, LLVMBuildIsNotNull(cg->b, find_itab(cg, t, typ), "implements"), yes, no);
}

/* The clause variable's value: x's dynamic value as the clause's single type T, or x itself. */
static LLVMValueRef bound_value(Cg *cg, Node *clause, LLVMValueRef x, LLVMValueRef typ) {
	Symbol *v = clause->caseclause.bind;
	NodeVec *list = &clause->caseclause.list;
	if (list->len != 1 || is_nil_case(list->v[0]))
		return x;
	Type *t = v->type;
	LLVMValueRef data = LLVMBuildExtractValue(cg->b, x, 1, "data");
	if (type_is_interface(t)) {
		LLVMValueRef tab = is_empty_iface(t) ? typ : find_itab(cg, t, typ);
		LLVMValueRef r = LLVMBuildInsertValue(cg->b, LLVMGetUndef(cg->t_iface), tab, 0, "");
		return LLVMBuildInsertValue(cg->b, r, data, 1, v->name);
	}
	if (!type_is_direct_iface(t))
		return cg_load(cg, t, data, v->name);
	if (cg_type(cg, t) == cg->t_ptr)
		return data;
	LLVMValueRef tmp = cg_entry_alloca(cg, cg_type(cg, t), "word"); /* {ptr}-shaped struct/array */
	LLVMBuildStore(cg->b, data, tmp);
	return cg_load(cg, t, tmp, v->name);
}

/* Lower as:
 *   %x = <x>; %type = dynamic type
 *   case tests in source order -> ts.caseI, default (or ts.end) when none matches
 * ts.caseI:  [v := bound value]; <body>; br ts.end          break -> ts.end */
void cg_typeswitch(Cg *cg, Node *n) {
	if (n->sw.init)
		cg_stmt(cg, n->sw.init);
	Node *guard = n->sw.tag;
	Node *xn = guard->kind == ND_TYPEASSERT ? guard->assert.x : guard;
	LLVMValueRef x = cg_expr(cg, xn);
	LLVMValueRef typ = cgd_dyn_type(cg, xn->type, LLVMBuildExtractValue(cg->b, x, 0, "tab"));
	NodeVec *cl = &n->sw.clauses;
	LLVMBasicBlockRef end = cg_new_block(cg, "ts.end"), dflt = end;
	LLVMBasicBlockRef *bodies = xalloc(sizeof *bodies * (size_t)(cl->len + 1));
	for (int i = 0; i < cl->len; i++) {
		bodies[i] = cg_new_block(cg, "ts.case");
		if (cl->v[i]->caseclause.is_default)
			dflt = bodies[i];
	}
	for (int i = 0; i < cl->len; i++) {
		NodeVec *list = &cl->v[i]->caseclause.list;
		for (int j = 0; j < list->len; j++) {
			LLVMBasicBlockRef next = cg_new_block(cg, "ts.next");
			case_test(cg, list->v[j], typ, bodies[i], next);
			LLVMPositionBuilderAtEnd(cg->b, next);
		}
	}
	LLVMBuildBr(cg->b, dflt);
	CgTarget t;
	cg_push_loop(cg, &t, n, end, NULL);
	for (int i = 0; i < cl->len; i++) {
		Node *c = cl->v[i];
		LLVMPositionBuilderAtEnd(cg->b, bodies[i]);
		if (c->caseclause.bind)
			cg_store(cg, c->caseclause.bind->type, bound_value(cg, c, x, typ),
				 cg_alloc_var(cg, c->caseclause.bind));
		for (int j = 0; j < c->caseclause.body.len; j++)
			cg_stmt(cg, c->caseclause.body.v[j]);
		if (!cg_block_terminated(cg))
			LLVMBuildBr(cg->b, end);
	}
	cg_pop_loop(cg);
	LLVMPositionBuilderAtEnd(cg->b, end);
}
