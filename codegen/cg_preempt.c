/* cg_preempt.c: preemption points, where a running goroutine lets the others run.
 *
 * Input: loops and labels of the function being generated. Output: at the back-edge of every loop
 * that could run without end, and at every label (a backward goto makes a loop), a test of the
 * byte the runtime's preemption timer sets (runtime/rt_sched.c):
 *   %p = load volatile i8, ptr @gosub_preempt_requested
 *   br (%p != 0), preempt, preempt.done
 * preempt:      call @gosub_preempt()      ; declared cold: the block is laid out of the way
 * The load is volatile so that LLVM cannot hoist it out of a loop that makes no calls: that is
 * the loop that would otherwise keep every other goroutine waiting.
 *
 * A loop whose number of steps is fixed when it starts gets no test: a range over a slice, array
 * or string, and the counted loop `for i := a; i < n; i++` (also `>`, `--`, and `<=`/`>=` against
 * a constant the counter can pass) whose counter the body never assigns and whose bound cannot
 * change (a constant, or len/cap of or a local variable that is never reassigned and whose
 * address is never taken). Such a loop may delay the other goroutines for as long as it runs,
 * never forever; in exchange LLVM keeps vectorising and unrolling it (a volatile load in the body
 * prevents both: measured at 1.1-1.35x on bench/'s n-body, fannkuch and ptrslice rows).
 */
#include "cg.h"

void cg_preempt_point(Cg *cg)
{
	LLVMValueRef flag = LLVMGetNamedGlobal(cg->mod, "gosub_preempt_requested");
	if (!flag) {
		flag = LLVMAddGlobal(cg->mod, cg->t_i8, "gosub_preempt_requested");
		LLVMSetLinkage(flag, LLVMExternalLinkage);
	}
	LLVMValueRef p = LLVMBuildLoad2(cg->b, cg->t_i8, flag, "preempt");
	LLVMSetVolatile(p, 1);
	LLVMBasicBlockRef yield = cg_new_block(cg, "preempt"), cont = cg_new_block(cg, "preempt.done");
	LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntNE, p, LLVMConstInt(cg->t_i8, 0, 0), ""), yield, cont);
	LLVMPositionBuilderAtEnd(cg->b, yield);
	cg_rtcall(cg, "gosub_preempt", NULL, 0);
	LLVMBuildBr(cg->b, cont);
	LLVMPositionBuilderAtEnd(cg->b, cont);
}

/* ---- counted loops ------------------------------------------------------------------------- */

/* A local variable that keeps its initial value: never assigned again, address never taken. */
static bool fixed_local(Node *n)
{
	Symbol *s = ast_ref(n);
	return s && s->kind == SYM_VAR && !s->is_global && !s->reassigned && !s->addr_taken;
}

/* A bound that cannot change while the loop runs. */
static bool fixed_bound(Node *n)
{
	n = ast_unparen(n);
	if (n->cval)
		return true;
	if (n->kind == ND_CALL && n->call.kind == CALL_BUILTIN && n->call.args.len == 1 &&
	    (n->call.builtin == BI_LEN || n->call.builtin == BI_CAP))
		return fixed_local(n->call.args.v[0]);
	return fixed_local(n);
}

/* i <= c ends only if i can pass c: c is not the largest value of i's type (>=: the smallest). */
static bool passable(Node *bound, bool upward)
{
	Node *b = ast_unparen(bound);
	if (!b->cval || !cv_fits_int64(b->cval))
		return false;
	int64_t c = cv_get_int64(b->cval), bits = type_size(b->type) * 8;
	bool is_signed = !type_is_unsigned(b->type);
	if (bits >= 64)
		return upward ? c != INT64_MAX : c != (is_signed ? INT64_MIN : 0);
	int64_t max = is_signed ? ((int64_t)1 << (bits - 1)) - 1 : ((int64_t)1 << bits) - 1;
	int64_t min = is_signed ? -max - 1 : 0;
	return upward ? c < max : c > min;
}

typedef struct Writes {
	Symbol *var;
	bool written;
} Writes;

static bool names(Node *n, Symbol *var) { return n && ast_unparen(n)->kind == ND_IDENT && ast_ref(n) == var; }

/* Does the body assign var (also inside function literals it contains)? */
static void find_writes(Node *n, void *ctx)
{
	Writes *w = ctx;
	if (n->kind == ND_ASSIGN)
		for (int i = 0; i < n->assign.lhs.len; i++)
			w->written |= names(n->assign.lhs.v[i], w->var);
	else if (n->kind == ND_INCDEC)
		w->written |= names(n->incdec.x, w->var);
	else if (n->kind == ND_RANGE)
		w->written |= names(n->range.key, w->var) || names(n->range.value, w->var);
	if (!w->written)
		ast_children(n, find_writes, w);
}

bool cg_loop_bounded(Node *f)
{
	Node *init = f->fors.init, *cond = f->fors.cond, *post = f->fors.post;
	if (!init || !cond || !post || init->kind != ND_ASSIGN || init->assign.op != TK_DEFINE ||
	    init->assign.lhs.len != 1 || post->kind != ND_INCDEC)
		return false;
	Symbol *i = ast_ref(init->assign.lhs.v[0]);
	cond = ast_unparen(cond);
	if (!i || i->addr_taken || !type_is_integer(i->type) || cond->kind != ND_BINARY ||
	    !names(cond->binary.x, i) || !names(post->incdec.x, i) || !fixed_bound(cond->binary.y))
		return false;
	bool up = post->incdec.inc;
	int op = cond->binary.op;
	bool ok = up ? op == TK_LSS || (op == TK_LEQ && passable(cond->binary.y, true))
	             : op == TK_GTR || (op == TK_GEQ && passable(cond->binary.y, false));
	if (!ok)
		return false;
	Writes w = {i, false};
	find_writes(f->fors.body, &w);
	return !w.written;
}
