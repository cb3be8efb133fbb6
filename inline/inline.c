/* inline.c: the inliner's driver (gc 1.19's InlinePackage): the package's functions bottom-up
 * over the call graph, so that a callee is decided (inl_cost.c) and has its own calls inlined
 * before its callers copy it: mid-stack inlining, one level per function, which adds up along
 * a chain of calls. A function that calls itself is never inlined; a cycle of several
 * functions is, as in gc, but never into itself. Inside each function, every call to a
 * function that may be inlined (and is cheap enough for the caller, see INL_BIG_FUNC_NODES)
 * becomes an ND_INLCALL (inl_copy.c), innermost calls first.
 *
 * Calls never inlined here: `go` and `defer` calls (as gc), calls of gc's intrinsics (as gc),
 * calls of generic instances, f(g()) with g's several results when f is variadic or a result
 * needs converting, calls through method values, and bodies with a goto (escape analysis finds
 * the loops that labels make only in statements). */
#include "inl_internal.h"

#include <stdio.h>

#include <string.h>

InlOptions inl_opt;
static Package *cur_pkg;
static int cur_scc;

Package *inl_pkg(void) { return cur_pkg; }

InlFunc *inl_func(Func *fn) { return fn->inl; }

void inl_register(Func *fn) {
	InlFunc *f = NEW(InlFunc);
	f->scc = -1;
	f->pkg = cur_pkg;
	fn->inl = f;
	if (fn->outer && fn->outer->inl)
		f->scc = inl_func(fn->outer)->scc;
}

/* gc's name: the symbol without the package's prefix, or with the package's name instead of
 * its path for another package's function ("binary.littleEndian.Uint64"). */
const char *inl_func_name(Func *fn) {
	const char *link = fn->link_name ? fn->link_name : fn->name;
	Package *p = fn->inl && inl_func(fn)->pkg ? inl_func(fn)->pkg : cur_pkg;
	size_t n = p ? strlen(p->link) : 0;
	if (!n || strncmp(link, p->link, n) != 0 || link[n] != '.')
		return link;
	return p == cur_pkg ? link + n + 1 : fmt("%s.%s", p->name, link + n + 1);
}

static int count_nodes(Node *n, int *left);

static void count_child(Node *n, void *ctx) { count_nodes(n, ctx); }

static int count_nodes(Node *n, int *left) {
	if (n && *left > 0) {
		(*left)--;
		ast_children(n, count_child, left);
	}
	return *left;
}

/* gc's isBigFunc: more than `limit` nodes. */
int inl_count_nodes(Node *n, int limit) {
	int left = limit + 1;
	count_nodes(n, &left);
	return limit + 1 - left;
}

/* ---- which calls ----------------------------------------------------------------------- */

static bool has_goto(Node *n);

static void find_goto(Node *n, void *ctx) {
	if (!*(bool *)ctx)
		*(bool *)ctx = has_goto(n);
}

static bool has_goto(Node *n) {
	if (n->kind == ND_BRANCH && n->branch.tok == TK_GOTO)
		return true;
	bool found = false;
	ast_children(n, find_goto, &found);
	return found;
}

/* f(g()) with g's results exactly f's parameter types (a method expression's receiver first):
 * `var a, b = g()` binds them with no conversion to make. */
static bool spread_ok(Node *call, Func *callee, int nrecv) {
	Type *tt = ast_multi_value(&call->call.args)->type;
	if (callee->type->variadic || tt->elems.len != nrecv + callee->params.len)
		return false;
	if (callee->recv_type && !nrecv)
		return false; /* x.m(g()): gc's order reads x after g's call; left as a call */
	if (nrecv && tt->elems.v[0] != callee->recv_type)
		return false;
	for (int i = 0; i < callee->params.len; i++)
		if (tt->elems.v[nrecv + i] != callee->params.v[i]->type)
			return false;
	return true;
}

/* The shapes of call this inliner copies (see the file comment). A method expression's call
 * T.m(x, a) has the receiver as its first argument. */
static bool call_shape_ok(Node *call, Func *callee) {
	Type *ft = callee->type;
	if (callee->origin || (callee->recv_type && !callee->recv))
		return false;
	if (has_goto(inl_func(callee)->body))
		return false;
	int nrecv = callee->recv_type && call->call.kind != CALL_METHOD;
	if (ast_multi_value(&call->call.args))
		return spread_ok(call, callee, nrecv);
	int nargs = call->call.args.len - nrecv;
	bool ddd = ft->variadic && !(call->flags & NF_DDD); /* the arguments make a slice */
	return ddd ? nargs >= callee->params.len - 1 : nargs == callee->params.len;
}

typedef struct Walk {
	Func *fn;
	int max_cost;
	FuncVec chain; /* the callees being copied, outermost first (gc's inlMap) */
} Walk;

static bool in_chain(Walk *w, Func *fn) {
	for (int i = 0; i < w->chain.len; i++)
		if (w->chain.v[i] == fn)
			return true;
	return false;
}

static void try_inline(Walk *w, Node *call) {
	Func *callee = inl_callee(call, w->fn);
	if (!callee)
		return;
	if (callee->outer)
		inl_decide(callee, false); /* a literal: decided where first called */
	InlFunc *c = inl_func(callee);
	if (!c->decided || !c->can || c->cost > w->max_cost || callee == w->fn)
		return;
	if (!call_shape_ok(call, callee))
		return;
	if (in_chain(w, callee)) { /* a cycle met again through the copies */
		if (inl_opt.m_level >= 2)
			fprintf(stderr, "%s: cannot inline %s into %s: repeated recursive cycle\n",
				pos_str(call->pos), inl_func_name(callee), inl_func_name(w->fn));
		return;
	}
	if (inl_opt.m_level)
		fprintf(stderr, "%s: inlining call to %s\n", pos_str(call->pos), inl_func_name(callee));
	inl_expand(call, callee, w->fn);
}

static void walk(Node *n, void *ctx);

static void try_call(Walk *w, Node *n) {
	if (n->call.kind == CALL_BUILTIN || n->call.kind == CALL_EXTERN || inl_is_intrinsic(n))
		return;
	try_inline(w, n);
	if (n->kind == ND_INLCALL) { /* what the copy calls, as gc's transitive inlining */
		vec_push(&w->chain, n->inl.callee);
		ast_children(n, walk, w);
		w->chain.len--;
	}
}

static void walk_children(Node *n, Walk *w) { ast_children(n, walk, w); }
static bool walk_live(Node *n, Walk *w);

static void walk_stmts(NodeVec *l, Walk *w) {
	for (int i = 0, n = ast_live_stmts(l); i < n; i++)
		walk(l->v[i], w);
}

/* Code gc's dead-code pass removes is not looked at (ast.c); true when n was walked here. */
static bool walk_live(Node *n, Walk *w) {
	bool v;
	Node *value, *live;
	switch (n->kind) {
	case ND_BLOCK: walk_stmts(&n->block.stmts, w); return true;
	case ND_CASE:
		for (int i = 0; i < n->caseclause.list.len; i++)
			walk(n->caseclause.list.v[i], w);
		if (n->caseclause.comm)
			walk(n->caseclause.comm, w);
		walk_stmts(&n->caseclause.body, w);
		return true;
	case ND_IF:
		if (!ast_const_bool(n->ifs.cond, &v))
			return false;
		if (n->ifs.init)
			walk(n->ifs.init, w);
		if (v ? n->ifs.then : n->ifs.els)
			walk(v ? n->ifs.then : n->ifs.els, w);
		return true;
	case ND_SWITCH:
		if ((live = ast_const_switch_clause(n, &value)) == NULL)
			return false;
		if (n->sw.init)
			walk(n->sw.init, w);
		walk_stmts(&live->caseclause.body, w);
		return true;
	default: return false;
	}
}

/* Innermost calls first, as gc's inlnode; function literals are functions of their own. */
static void walk(Node *n, void *ctx) {
	Walk *w = ctx;
	switch (n->kind) {
	case ND_FUNCLIT: return;
	case ND_GO:
	case ND_DEFER: {
		Node *c = ast_unparen(n->unary.x);
		walk_children(c->kind == ND_CALL ? c : n, w);
		return;
	}
	case ND_RESULT: /* a call with several results passed to a builtin, once */
		if (n->result.index == 0 && n->result.call->kind == ND_CALL) {
			walk_children(n->result.call, w);
			try_call(w, n->result.call);
		}
		return;
	case ND_IF:
	case ND_SWITCH:
	case ND_BLOCK:
	case ND_CASE:
		if (walk_live(n, w))
			return;
		break;
	case ND_CALL: /* f(g()), g with several results: g stays a call (but for a builtin) */
		if (ast_multi_value(&n->call.args) && n->call.kind != CALL_BUILTIN) {
			walk_children(ast_multi_value(&n->call.args), w);
			walk(n->call.fn, w);
			try_call(w, n);
			return;
		}
		break;
	default: break;
	}
	walk_children(n, w);
	if (n->kind == ND_CALL)
		try_call(w, n);
}

static void inline_calls(Func *fn) {
	Node *body = fn->decl ? fn->decl->func.body : NULL;
	if (!body)
		return;
	bool big = inl_count_nodes(body, INL_BIG_FUNC_NODES) > INL_BIG_FUNC_NODES;
	Walk w = {fn, big ? INL_BIG_FUNC_MAX_COST : INL_MAX_BUDGET, {0}};
	walk(body, &w);
}

/* A function, then the literals inside it, in source order (gc's visiting order). */
static void process(Func *fn, bool recursive) {
	int nlits = fn->literals.len; /* not the copies inlining adds */
	inl_decide(fn, recursive);
	inline_calls(fn);
	for (int i = 0; i < nlits; i++)
		process(fn->literals.v[i], false);
}

static void mark_scc(Func *fn, int scc) {
	inl_func(fn)->scc = scc;
	for (int i = 0; i < fn->literals.len; i++)
		mark_scc(fn->literals.v[i], scc);
}

void inl_package(Package *pkg, const InlOptions *opt) {
	if (opt->off)
		return;
	inl_opt = *opt;
	cur_pkg = pkg;
	for (int i = 0; i < pkg->funcs.len; i++)
		inl_register(pkg->funcs.v[i]);
	CallGraph *g = ast_call_graph(pkg); /* frontend/callgraph.c */
	for (int i = 0; i < g->sccs.len; i++) {
		CallScc *scc = &g->sccs.v[i];
		for (int k = 0; k < scc->funcs.len; k++)
			mark_scc(scc->funcs.v[k], i);
		cur_scc = i;
		for (int k = 0; k < scc->funcs.len; k++)
			process(scc->funcs.v[k], scc->recursive && scc->funcs.len == 1);
	}
	cur_pkg = NULL;
}

/* ---- -m=2's body text -------------------------------------------------------------------- */

static void stmt_text(Buf *b, Node *n);

static void stmts_text(Buf *b, NodeVec *l) {
	for (int i = 0; i < l->len; i++) {
		if (i)
			buf_puts(b, "; ");
		stmt_text(b, l->v[i]);
	}
}

static void if_text(Buf *b, Node *n) {
	buf_printf(b, "if %s { ", ast_expr_string(n->ifs.cond));
	stmts_text(b, &n->ifs.then->block.stmts);
	buf_puts(b, " }");
	if (n->ifs.els && n->ifs.els->kind == ND_BLOCK) {
		buf_puts(b, " else { ");
		stmts_text(b, &n->ifs.els->block.stmts);
		buf_puts(b, " }");
	} else if (n->ifs.els) {
		buf_puts(b, " else ");
		if_text(b, n->ifs.els);
	}
}

/* A statement as gc's -m=2 prints it (loops as "for loop"). */
static void stmt_text(Buf *b, Node *n) {
	switch (n->kind) {
	case ND_IF: if_text(b, n); break;
	case ND_FOR:
	case ND_RANGE: buf_puts(b, "for loop"); break;
	case ND_RETURN:
		buf_puts(b, "return ");
		for (int i = 0; i < n->list.list.len; i++)
			buf_printf(b, "%s%s", i ? ", " : "", ast_expr_string(n->list.list.v[i]));
		break;
	case ND_ASSIGN:
		for (int i = 0; i < n->assign.lhs.len; i++)
			buf_printf(b, "%s%s", i ? ", " : "", ast_expr_string(n->assign.lhs.v[i]));
		buf_printf(b, " %s ", tok_spelling(n->assign.op));
		for (int i = 0; i < n->assign.rhs.len; i++)
			buf_printf(b, "%s%s", i ? ", " : "", ast_expr_string(n->assign.rhs.v[i]));
		break;
	case ND_EXPRSTMT: buf_puts(b, ast_expr_string(n->unary.x)); break;
	case ND_INCDEC:
		buf_printf(b, "%s%s", ast_expr_string(n->incdec.x), n->incdec.inc ? "++" : "--");
		break;
	default: buf_puts(b, ast_kind_name(n->kind)); break;
	}
}

const char *inl_body_text(Func *fn) {
	Buf b = {0};
	buf_printf(&b, "%s { ", type_string(fn->type));
	stmts_text(&b, &fn->decl->func.body->block.stmts);
	buf_puts(&b, " }");
	return buf_cstr(&b);
}
