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
 * only sometimes, and then ordered on its own: cg_expr_ordered; a && or || containing a call,
 * nested in a larger expression, is evaluated whole at its place, as gc copies it to a
 * temporary), and the root of a statement's single
 * expression (a call statement's call, `v, ok := <-c`), which is generated first anyway.
 * cg_stmt forgets a statement's values when the statement ends (cg_order_mark/cg_order_reset).
 *
 * Requires: checked AST. Provides: Cg.hoisted for cg_expr. */
#include "cg.h"

static bool contains_call(Node *n);

static bool list_contains_call(NodeVec *v) {
	for (int i = 0; i < v->len; i++)
		if (contains_call(v->v[i]))
			return true;
	return false;
}

/* Does evaluating n make a call or a receive (function literals' bodies aside)? */
static bool contains_call(Node *n) {
	if (!n)
		return false;
	switch (n->kind) {
	case ND_CALL:
	case ND_INLCALL: return true;
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
		return contains_call(n->slice.x) || contains_call(n->slice.lo) ||
		       contains_call(n->slice.hi) || contains_call(n->slice.max);
	case ND_TYPEASSERT: return contains_call(n->assert.x);
	case ND_COMPOSITE: return list_contains_call(&n->comp.elts);
	default: return false;
	}
}

/* Evaluate n now and remember its value for cg_expr. A big value (cg_byref) is copied into a
 * temporary at once, memory to memory, and loaded again where it is used, so that it never
 * lives as one LLVM value across the statement's other calls (cg_call.c's arg_value). */
static void hoist(Cg *cg, Node *n) {
	LLVMValueRef v = cg_expr(cg, n);
	LLVMTypeRef big = cg_byref(cg, LLVMTypeOf(v)) ? LLVMTypeOf(v) : NULL;
	if (big) {
		LLVMValueRef tmp = cg_entry_alloca(cg, big, "hoisted");
		cg_store(cg, NULL, v, tmp);
		v = tmp;
	}
	if (cg->nhoisted == cg->caphoisted) {
		int cap = cg->caphoisted ? 2 * cg->caphoisted : 16;
		cg->hoisted = xrealloc(cg->hoisted, sizeof *cg->hoisted * (size_t)cg->caphoisted,
				       sizeof *cg->hoisted * (size_t)cap);
		cg->caphoisted = cap;
	}
	cg->hoisted[cg->nhoisted++] = (CgHoisted){n, v, big};
}

/* gc's SoleComponent: the one non-blank field or element a struct or array type is made of. */
static Type *sole_component(Type *t) {
	for (;;) {
		Type *u = type_under(t);
		if (u->kind == TY_ARRAY && u->len == 1) {
			t = u->elem;
		} else if (u->kind == TY_STRUCT && u->fields.len == 1) {
			t = u->fields.v[0].type;
		} else {
			return u->kind == TY_ARRAY || u->kind == TY_STRUCT ? NULL : u;
		}
	}
}

/* gc's dataWordFuncName: does converting a value of type t to an interface pass it by address
 * (convT, convTnoptr) rather than by value (convT16/32/64, convTstring, convTslice)? */
static bool boxed_by_address(Type *t) {
	int64_t size = type_size(t), align = type_align(t);
	bool ptrs = type_has_pointers(t);
	if ((size == 2 && align == 2) || (size == 4 && align == 4 && !ptrs) ||
	    (size == 8 && align == 8 && !ptrs))
		return false;
	Type *sc = sole_component(t);
	return !(sc && (sc->kind == TY_STRING || sc->kind == TY_SLICE));
}

/* Go spec: Address operators: a variable, a pointer indirection, a slice index, or a field or
 * array element of an addressable operand. */
static bool addressable(Node *x) {
	x = ast_unparen(x);
	switch (x->kind) {
	case ND_IDENT: return x->ident.sym && x->ident.sym->kind == SYM_VAR;
	case ND_STAR: return true;
	case ND_SELECTOR:
		if (x->sel.kind == SEL_QUALIFIED)
			return x->sel.sym && x->sel.sym->kind == SYM_VAR;
		return x->sel.kind == SEL_FIELD &&
		       (type_under(x->sel.x->type)->kind == TY_POINTER || addressable(x->sel.x));
	case ND_INDEX: {
		Type *xt = type_under(x->index.x->type);
		return xt->kind == TY_SLICE || xt->kind == TY_POINTER ||
		       (xt->kind == TY_ARRAY && addressable(x->index.x));
	}
	default: return false;
	}
}

/* gc's isaddrokay: an operand gc boxes in place, read with the plain operands: anything
 * addressable but a local variable, which is copied (a package-level variable is not). */
static bool boxed_in_place(Node *x) {
	Node *u = ast_unparen(x);
	if (u->kind == ND_IDENT)
		return addressable(u) && u->ident.sym->is_global;
	return addressable(u);
}

/* A conversion to an interface whose operand gc copies to a temporary where the order phase
 * meets it (among the calls): `fmt.Println(b, f())` with b a local int8 prints b as it was
 * before f, but an int64 (boxed by value, convT64) as it is after (walk/order.go, OCONVIFACE). */
static bool copied_when_boxed(Node *n) {
	Node *x = n->conv.x;
	return type_is_interface(n->type) && x->type && !type_is_interface(x->type) && !x->cval &&
	       boxed_by_address(x->type) && !boxed_in_place(x);
}

static void walk(Cg *cg, Node *n);

static void walk_list(Cg *cg, NodeVec *v) {
	for (int i = 0; i < v->len; i++)
		walk(cg, v->v[i]);
}

/* A call's operands, then (if it has a value) the call itself. */
static void walk_call(Cg *cg, Node *n, bool root) {
	if (n->call.fn->kind == ND_SELECTOR && n->call.fn->sel.kind != SEL_QUALIFIED)
		walk(cg, n->call.fn->sel.x);
	else if (n->call.fn->kind != ND_IDENT)
		walk(cg, n->call.fn);
	walk_list(cg, &n->call.args);
	bool has_value = n->type && !(n->type->kind == TY_TUPLE && n->type->elems.len == 0);
	if (!root && has_value)
		hoist(cg, n);
}

static bool is_hoisted(Cg *cg, Node *n) {
	for (int i = cg->nhoisted - 1; i >= 0; i--)
		if (cg->hoisted[i].node == n)
			return true;
	return false;
}

/* A node evaluated ahead already (a && nested in a condition, see cg_expr_ordered) is not
 * walked again: what it contains has run. */
static void walk_node(Cg *cg, Node *n, bool root) {
	if (!n || n->cval || is_hoisted(cg, n))
		return;
	switch (n->kind) {
	case ND_CALL: walk_call(cg, n, root); return;
	case ND_INLCALL: /* its arguments are evaluated inside, as the callee's parameters */
		if (!root && n->inl.results.len)
			hoist(cg, n);
		return;
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
	case ND_KEYVALUE:
		walk(cg, n->binary.x);
		walk(cg, n->binary.y);
		return;
	case ND_PAREN: walk_node(cg, n->unary.x, root); return;
	case ND_STAR: walk(cg, n->unary.x); return;
	case ND_CONVERT:
		walk(cg, n->conv.x);
		if (copied_when_boxed(n))
			hoist(cg, n->conv.x);
		return;
	case ND_SELECTOR:
		if (n->sel.kind != SEL_QUALIFIED)
			walk(cg, n->sel.x);
		return;
	case ND_INDEX:
		walk(cg, n->index.x);
		walk(cg, n->index.index);
		return;
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

static void walk(Cg *cg, Node *n) { walk_node(cg, n, false); }

/* The calls and receives of a statement's expressions, before anything else of it: roots[i]
 * are its expressions in lexical order (left side operands, then right side). A list of one
 * root leaves that root's own call to the statement. */
void cg_order_hoist(Cg *cg, Node **roots, int n) {
	for (int i = 0; i < n; i++)
		if (roots[i])
			walk_node(cg, roots[i], n == 1);
}

void cg_order_hoist_list(Cg *cg, NodeVec *v) { cg_order_hoist(cg, v->v, v->len); }

/* An operand that runs only sometimes (the right side of && or ||), evaluated where it runs
 * as gc orders it, like a statement of its own: its calls and receives first, then its plain
 * operands. What it hoists is dropped afterwards, as those values live in its own block. */
LLVMValueRef cg_expr_ordered(Cg *cg, Node *n) {
	if (!contains_call(n))
		return cg_expr(cg, n);
	int mark = cg->nhoisted;
	cg_order_hoist(cg, &n, 1);
	LLVMValueRef v = cg_expr(cg, n);
	cg->nhoisted = mark;
	return v;
}

/* The value hoisted for n in the current statement, or NULL. */
LLVMValueRef cg_order_lookup(Cg *cg, Node *n) {
	for (int i = cg->nhoisted - 1; i >= 0; i--) {
		CgHoisted *h = &cg->hoisted[i];
		if (h->node == n)
			return h->big ? LLVMBuildLoad2(cg->b, h->big, h->val, "hoisted.val") : h->val;
	}
	return NULL;
}
