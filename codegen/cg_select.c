/* cg_select.c: select statements (Go spec: Select statements).
 *
 * Input: a checked ND_SELECT. Output: the channel operands and sent values evaluated once, in
 * source order, then one call of gosub_select (runtime/rt_chan.c), which picks a ready case at
 * random (or the default, or waits), then a switch to the chosen clause. Lower
 *     select { case c1 <- v: S1; case x := <-c2: S2; default: S3 }
 * as
 *     %c1 = <c1>; store <v>, %sel.send          ; source order
 *     %c2 = <c2>
 *     cases = [{ %c1, %sel.send }, { %c2, %sel.recv }]   ; sends first, then receives
 *     %i = call i64 @gosub_select(cases, 1, 1, i1 <no default>, %sel.ok)
 *     switch %i [ -1 -> sel.default, 0 -> sel.case, 1 -> sel.case ]
 *   sel.case:  x := <the value at %sel.recv>; <S2>; br sel.end     break -> sel.end
 * A clause's receive assignment is generated as the ordinary statement it is, after the choice
 * (the spec evaluates its left side only then); its receive node finds the value through
 * Node.cg (a CgRecvd) instead of receiving again (cg_chan.c's cg_recv).
 * As gc does, a select with one case and no default is that case's operation alone (it then
 * blocks with gc's wait reason for it, "chan receive" rather than "select"), and `select {}`
 * parks for good ("select (no cases)").
 */
#include "cg_data.h"

typedef struct SelCase {
	Node *clause;
	Node *recv; /* a receive case: its <-c node */
	LLVMValueRef chan;
	LLVMValueRef elem; /* a send's value, or where a receive's value goes (null: dropped) */
	LLVMBasicBlockRef bb;
} SelCase;

static bool is_send(const SelCase *k) { return k->clause->caseclause.comm->kind == ND_SEND; }

/* The <-c of `case <-c`, `case v := <-c`, `case v, ok = <-c` (through parentheses and the
 * checker's implicit conversion to the variable's type). */
static Node *comm_recv(Node *comm) {
	Node *x = comm->kind == ND_EXPRSTMT ? comm->unary.x : comm->assign.rhs.v[0];
	for (;;) {
		x = ast_unparen(x);
		if (x->kind != ND_CONVERT || !(x->flags & NF_IMPLICIT))
			return x;
		x = x->conv.x;
	}
}

/* The operands of one case, at the select statement. */
static void eval_case(Cg *cg, SelCase *k) {
	Node *comm = k->clause->caseclause.comm;
	if (comm->kind == ND_SEND) {
		k->chan = cg_expr(cg, comm->binary.x);
		Type *et = type_under(comm->binary.x->type)->elem;
		k->elem = cg_entry_alloca(cg, cg_type(cg, et), "sel.send");
		cg_store(cg, et, cg_expr(cg, comm->binary.y), k->elem);
		return;
	}
	k->recv = comm_recv(comm);
	k->chan = cg_expr(cg, k->recv->unary.x);
	k->elem = comm->kind == ND_ASSIGN ? cg_entry_alloca(cg, cg_type(cg, k->recv->type), "sel.recv")
					  : cgd_null(cg);
}

/* The runtime's case array, sends first: entry j of it is ks[order[j]]. */
static LLVMValueRef case_array(Cg *cg, SelCase *ks, const int *order, int n) {
	LLVMTypeRef fields[] = {cg->t_ptr, cg->t_ptr};
	LLVMTypeRef case_ty = LLVMStructTypeInContext(cg->ctx, fields, 2, 0);
	LLVMTypeRef arr_ty = LLVMArrayType2(case_ty, (uint64_t)n);
	LLVMValueRef arr = cg_entry_alloca(cg, arr_ty, "sel.cases");
	for (int j = 0; j < n; j++) {
		LLVMValueRef idx[] = {cgd_i64(cg, 0), cgd_i64(cg, j)};
		LLVMValueRef p = LLVMBuildInBoundsGEP2(cg->b, arr_ty, arr, idx, 2, "");
		LLVMBuildStore(cg->b, ks[order[j]].chan, LLVMBuildStructGEP2(cg->b, case_ty, p, 0, ""));
		LLVMBuildStore(cg->b, ks[order[j]].elem, LLVMBuildStructGEP2(cg->b, case_ty, p, 1, ""));
	}
	return arr;
}

/* A clause's statements, after its receive assignment, falling through to end. */
static void clause_body(Cg *cg, SelCase *k, LLVMValueRef okp, LLVMBasicBlockRef end) {
	Node *comm = k->clause->caseclause.comm;
	if (k->recv && comm->kind == ND_ASSIGN) {
		CgRecvd got = {k->elem, okp};
		k->recv->cg = &got;
		cg_stmt(cg, comm);
		k->recv->cg = NULL;
	}
	NodeVec *body = &k->clause->caseclause.body;
	for (int i = 0; i < body->len; i++)
		cg_stmt(cg, body->v[i]);
	if (!cg_block_terminated(cg))
		LLVMBuildBr(cg->b, end);
}

/* The general case: gosub_select, then a switch on the case it ran. */
static void select_call(Cg *cg, SelCase *ks, int n, Node *deflt, LLVMBasicBlockRef end) {
	int *order = xalloc(sizeof(int) * (size_t)(n + 1)), nsends = 0, j = 0;
	for (int i = 0; i < n; i++)
		eval_case(cg, &ks[i]);
	for (int i = 0; i < n; i++)
		if (is_send(&ks[i]))
			order[j++] = i, nsends++;
	for (int i = 0; i < n; i++)
		if (!is_send(&ks[i]))
			order[j++] = i;
	LLVMValueRef okp = cg_entry_alloca(cg, cg->t_i8, "sel.ok");
	LLVMValueRef args[] = {n ? case_array(cg, ks, order, n) : cgd_null(cg), cgd_i64(cg, nsends),
			       cgd_i64(cg, n - nsends), LLVMConstInt(cg->t_i1, !deflt, 0), okp};
	LLVMValueRef chosen = cg_rtcall(cg, "gosub_select", args, 5);
	LLVMBasicBlockRef dbb = deflt ? cg_new_block(cg, "sel.default") : end;
	LLVMValueRef sw = LLVMBuildSwitch(cg->b, chosen, dbb, (unsigned)n);
	for (j = 0; j < n; j++) {
		ks[order[j]].bb = cg_new_block(cg, "sel.case");
		LLVMAddCase(sw, cgd_i64(cg, j), ks[order[j]].bb);
	}
	for (int i = 0; i < n; i++) {
		LLVMPositionBuilderAtEnd(cg->b, ks[i].bb);
		clause_body(cg, &ks[i], okp, end);
	}
	if (deflt) {
		LLVMPositionBuilderAtEnd(cg->b, dbb);
		SelCase d = {.clause = deflt};
		clause_body(cg, &d, NULL, end);
	}
}

/* select { case op: S } is `op; S`. */
static void select_single(Cg *cg, SelCase *k, LLVMBasicBlockRef end) {
	cg_stmt(cg, k->clause->caseclause.comm);
	k->recv = NULL; /* the statement did its own receive */
	clause_body(cg, k, NULL, end);
}

void cg_select(Cg *cg, Node *n) {
	NodeVec *cl = &n->sw.clauses;
	SelCase *ks = xalloc(sizeof(SelCase) * (size_t)(cl->len + 1));
	Node *deflt = NULL;
	int nk = 0;
	for (int i = 0; i < cl->len; i++) {
		if (cl->v[i]->caseclause.is_default)
			deflt = cl->v[i];
		else
			ks[nk++].clause = cl->v[i];
	}
	LLVMBasicBlockRef end = cg_new_block(cg, "sel.end");
	CgTarget t;
	cg_push_loop(cg, &t, n, end, NULL);
	if (nk == 1 && !deflt) {
		select_single(cg, &ks[0], end);
	} else if (nk == 0 && deflt) { /* select { default: S } is S */
		SelCase d = {.clause = deflt};
		clause_body(cg, &d, NULL, end);
	} else {
		select_call(cg, ks, nk, deflt, end);
	}
	cg_pop_loop(cg);
	LLVMPositionBuilderAtEnd(cg->b, end);
}
