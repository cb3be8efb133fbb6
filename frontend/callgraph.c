/* callgraph.c: a package's functions grouped into the strongly connected components of the
 * static call graph, callees first (Tarjan's algorithm emits each component after every
 * component it calls), as gc's VisitFuncsBottomUp. Two stages walk a package in this order:
 * the inliner (a callee is decided, and its own calls inlined, before its callers) and escape
 * analysis (a callee's parameter summaries exist before its callers are analysed).
 *
 * requires: a checked Package.  provides: CallGraph.sccs; Func.scc_slot is scratch. */
#include "ast.h"

typedef struct Tarjan {
	FuncVec stack;
	int counter;
	CallGraph *out;
	/* per top-level function: index and lowlink, kept in parallel arrays */
	Func **keys;
	int *index, *low;
	bool *on_stack;
	int n;
} Tarjan;

/* The function's index among the walk's keys, or -1 for one outside the package (already
 * analysed: it has its summaries). Constant time, so that the walk stays linear. */
static int fn_slot(Tarjan *t, Func *fn) {
	int i = fn->scc_slot;
	return i >= 0 && i < t->n && t->keys[i] == fn ? i : -1;
}

static Func *top_level(Func *fn) {
	while (fn && fn->outer)
		fn = fn->outer;
	return fn;
}

static void add_ref(FuncVec *out, Func *fn) {
	if (fn && fn->decl)
		vec_push(out, top_level(fn));
}

/* Every function the body refers to by name (called or not), as gc's VisitFuncsBottomUp. */
static void collect_calls(Node *n, void *ctx) {
	FuncVec *out = ctx;
	if (n->kind == ND_IDENT && n->ident.sym && n->ident.sym->kind == SYM_FUNC)
		add_ref(out, n->ident.sym->func);
	if (n->kind == ND_SELECTOR) {
		if ((n->sel.kind == SEL_METHOD || n->sel.kind == SEL_METHOD_EXPR) && n->sel.lookup.method)
			add_ref(out, n->sel.lookup.method->fn);
		if (n->sel.kind == SEL_QUALIFIED && n->sel.sym && n->sel.sym->kind == SYM_FUNC)
			add_ref(out, n->sel.sym->func);
	}
	ast_children(n, collect_calls, ctx);
}

static void visit_callee(Tarjan *t, int v, int w);

/* Pops v's component once v is its root; a lone function is recursive when it refers to
 * itself. */
static void emit_component(Tarjan *t, int v, bool self) {
	CallScc scc = {0};
	Func *f;
	do {
		f = t->stack.v[--t->stack.len];
		t->on_stack[fn_slot(t, f)] = false;
		vec_push(&scc.funcs, f);
	} while (f != t->keys[v]);
	/* source order inside a component, as gc lists them */
	for (int i = 0, j = scc.funcs.len - 1; i < j; i++, j--) {
		Func *tmp = scc.funcs.v[i];
		scc.funcs.v[i] = scc.funcs.v[j];
		scc.funcs.v[j] = tmp;
	}
	scc.recursive = scc.funcs.len > 1 || self;
	vec_push(&t->out->sccs, scc);
}

static void strongconnect(Tarjan *t, int v) {
	t->index[v] = t->low[v] = t->counter++;
	vec_push(&t->stack, t->keys[v]);
	t->on_stack[v] = true;
	FuncVec callees = {0};
	if (t->keys[v]->decl && t->keys[v]->decl->func.body)
		collect_calls(t->keys[v]->decl->func.body, &callees);
	bool self = false;
	for (int i = 0; i < callees.len; i++) {
		int w = fn_slot(t, callees.v[i]);
		self |= w == v;
		if (w >= 0)
			visit_callee(t, v, w);
	}
	if (t->low[v] == t->index[v])
		emit_component(t, v, self);
}

static void visit_callee(Tarjan *t, int v, int w) {
	if (t->index[w] < 0) {
		strongconnect(t, w);
		if (t->low[w] < t->low[v])
			t->low[v] = t->low[w];
	} else if (t->on_stack[w] && t->index[w] < t->low[v]) {
		t->low[v] = t->index[w];
	}
}

/* Functions that form components of their own: top-level functions and methods, and literals
 * at package level (the others go with their enclosing function). */
static bool is_root(Func *fn) { return !fn->outer; }

CallGraph *ast_call_graph(Package *pkg) {
	Tarjan t = {.out = NEW(CallGraph)};
	for (int i = 0; i < pkg->funcs.len; i++)
		if (is_root(pkg->funcs.v[i]))
			t.n++;
	t.keys = xalloc(sizeof(Func *) * (t.n + 1));
	t.index = xalloc(sizeof(int) * (t.n + 1));
	t.low = xalloc(sizeof(int) * (t.n + 1));
	t.on_stack = xalloc(sizeof(bool) * (t.n + 1));
	int k = 0;
	for (int i = 0; i < pkg->funcs.len; i++)
		if (is_root(pkg->funcs.v[i])) {
			t.keys[k] = pkg->funcs.v[i];
			t.keys[k]->scc_slot = k;
			t.index[k++] = -1;
		}
	for (int v = 0; v < t.n; v++)
		if (t.index[v] < 0)
			strongconnect(&t, v);
	return t.out;
}
