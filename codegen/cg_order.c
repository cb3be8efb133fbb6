/* cg_order.c: gc's order of evaluation inside a statement (issue 14).
 *
 * The Go spec fixes the order of calls, method calls and receives in an expression list,
 * composite literal or assignment (lexical, left to right) but not when plain operands are read
 * relative to them: after `x := 1; f := func() int { x = 2; return 0 }`, `[]int{x, f()}` may be
 * [1 0] or [2 0]. Users compare with gc, so gosub does what gc does (cmd/compile's order phase):
 * every call (builtins with a value too: len, cap, append, copy, make, new, complex, real, imag,
 * as Go's test/fixedbugs/bug491.go checks) and receive of a statement is evaluated first,
 * innermost first and left to right, into a temporary; the plain operands (variables, fields,
 * indexing, dereferences) are read afterwards, when the statement itself is generated. gc
 * gives [2 0].
 *
 * The mechanism: cg_order_hoist walks the statement's expressions in evaluation order and
 * generates each call with cg_expr; the value is remembered (Cg.hoisted) and cg_expr returns it
 * when the statement's own generation reaches the same node, so the call is made once. Not
 * walked: function literals (their bodies run later), the right side of && and || (evaluated
 * only sometimes; a && or || containing a call, nested in a larger expression, is evaluated
 * whole at its place, as gc copies it to a temporary), and the root of a statement's single
 * expression (a call statement's call, `v, ok := <-c`), which is generated first anyway.
 * cg_stmt forgets a statement's values when the statement ends (cg_order_mark/cg_order_reset).
 *
 * Requires: checked AST. Provides: Cg.hoisted for cg_expr. */
#include "cg.h"

static bool contains_call(Node *n);

static bool list_contains_call(NodeVec *v)
{
	for (int i = 0; i < v->len; i++)
		if (contains_call(v->v[i]))
			return true;
	return false;
}

/* Does evaluating n make a call or a receive (function literals' bodies aside)? */
static bool contains_call(Node *n)
{
	if (!n)
		return false;
	switch (n->kind) {
	case ND_CALL:
		return true;
	case ND_UNARY: return n->unary.op == TK_ARROW || contains_call(n->unary.x);
	case ND_PAREN:
	case ND_STAR: return contains_call(n->unary.x);
	case ND_BINARY:
	case ND_KEYVALUE: return contains_call(n->binary.x) || contains_call(n->binary.y);
	case ND_CONVERT: return contains_call(n->conv.x);
	case ND_RESULT: return true;
	case ND_SELECTOR: return n->sel.kind != SEL_QUALIFIED && contains_call(n->sel.x);
	case ND_INDEX: return contains_call(n->index.x) || contains_call(n->index.index);
	case ND_SLICE:
		return contains_call(n->slice.x) || contains_call(n->slice.lo) || contains_call(n->slice.hi) ||
		       contains_call(n->slice.max);
	case ND_TYPEASSERT: return contains_call(n->assert.x);
	case ND_COMPOSITE: return list_contains_call(&n->comp.elts);
	default: return false;
	}
}

/* Evaluate n now and remember its value for cg_expr. */
static void hoist(Cg *cg, Node *n)
{
	LLVMValueRef v = cg_expr(cg, n);
	if (cg->nhoisted == cg->caphoisted) {
		int cap = cg->caphoisted ? 2 * cg->caphoisted : 16;
		cg->hoisted = xrealloc(cg->hoisted, sizeof *cg->hoisted * (size_t)cg->caphoisted,
		                       sizeof *cg->hoisted * (size_t)cap);
		cg->caphoisted = cap;
	}
	cg->hoisted[cg->nhoisted++] = (CgHoisted){n, v};
}

static void walk(Cg *cg, Node *n);

static void walk_list(Cg *cg, NodeVec *v)
{
	for (int i = 0; i < v->len; i++)
		walk(cg, v->v[i]);
}

/* A call's operands, then (if it has a value) the call itself. */
static void walk_call(Cg *cg, Node *n, bool root)
{
	if (n->call.fn->kind == ND_SELECTOR && n->call.fn->sel.kind != SEL_QUALIFIED)
		walk(cg, n->call.fn->sel.x);
	else if (n->call.fn->kind != ND_IDENT)
		walk(cg, n->call.fn);
	walk_list(cg, &n->call.args);
	bool has_value = n->type && !(n->type->kind == TY_TUPLE && n->type->elems.len == 0);
	if (!root && has_value)
		hoist(cg, n);
}

static void walk_node(Cg *cg, Node *n, bool root)
{
	if (!n || n->cval)
		return;
	switch (n->kind) {
	case ND_CALL: walk_call(cg, n, root); return;
	case ND_RESULT: walk_node(cg, n->result.call, false); return;
	case ND_UNARY:
		walk(cg, n->unary.x);
		if (n->unary.op == TK_ARROW && !root)
			hoist(cg, n);
		return;
	case ND_BINARY:
		if (n->binary.op == TK_LAND || n->binary.op == TK_LOR) {
			if (!root && contains_call(n->binary.y))
				hoist(cg, n);
			else
				walk(cg, n->binary.x);
			return;
		}
		walk(cg, n->binary.x);
		walk(cg, n->binary.y);
		return;
	case ND_KEYVALUE: walk(cg, n->binary.x); walk(cg, n->binary.y); return;
	case ND_PAREN: walk_node(cg, n->unary.x, root); return;
	case ND_STAR: walk(cg, n->unary.x); return;
	case ND_CONVERT: walk(cg, n->conv.x); return;
	case ND_SELECTOR:
		if (n->sel.kind != SEL_QUALIFIED)
			walk(cg, n->sel.x);
		return;
	case ND_INDEX: walk(cg, n->index.x); walk(cg, n->index.index); return;
	case ND_SLICE:
		walk(cg, n->slice.x);
		walk(cg, n->slice.lo);
		walk(cg, n->slice.hi);
		walk(cg, n->slice.max);
		return;
	case ND_TYPEASSERT: walk(cg, n->assert.x); return;
	case ND_COMPOSITE: walk_list(cg, &n->comp.elts); return;
	default: return;
	}
}

static void walk(Cg *cg, Node *n)
{
	walk_node(cg, n, false);
}

/* The calls and receives of a statement's expressions, before anything else of it: roots[i]
 * are its expressions in lexical order (left side operands, then right side). A list of one
 * root leaves that root's own call to the statement. */
void cg_order_hoist(Cg *cg, Node **roots, int n)
{
	for (int i = 0; i < n; i++)
		if (roots[i])
			walk_node(cg, roots[i], n == 1);
}

void cg_order_hoist_list(Cg *cg, NodeVec *v)
{
	cg_order_hoist(cg, v->v, v->len);
}

/* The value hoisted for n in the current statement, or NULL. */
LLVMValueRef cg_order_lookup(Cg *cg, Node *n)
{
	for (int i = cg->nhoisted - 1; i >= 0; i--)
		if (cg->hoisted[i].node == n)
			return cg->hoisted[i].val;
	return NULL;
}
