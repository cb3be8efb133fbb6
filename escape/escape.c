/* escape.c: escape analysis, the driver: batches of functions, callees first.
 *
 * requires: a checked Package.  provides: Symbol.esc, Node.esc on allocation sites,
 * Capture.by_ref, Func.esc_summary, and the -m notes (see escape.h and docs/escape.md).
 *
 * Functions are grouped into the strongly connected components of the static call graph
 * (frontend/callgraph.c emits each component after every component it calls), so that when a
 * batch is analysed, every function it calls outside itself already has its parameter
 * summaries. A function literal is analysed with the function that contains it. Per batch:
 *     1. a location for every parameter, result and local variable;
 *     2. walk the bodies into edges (esc_stmt.c, esc_expr.c, esc_call.c), then connect closure captures;
 *     3. send what is too large (or of unknown size) to the heap;
 *     4. solve (esc_solve.c);
 *     5. freeze the parameter summaries and record the decisions.
 */
#include "esc_internal.h"

#include <string.h>

/* ---- one batch ------------------------------------------------------------------------------ */

static void init_func(EscBatch *b, Func *fn) {
	EscWalker w = {.b = b, .fn = fn, .loop_depth = 1};
	esc_func(fn)->in_batch = true;
	if (fn->recv)
		esc_new_loc(&w, fn->recv, NULL, false);
	for (int i = 0; i < fn->params.len; i++)
		esc_new_loc(&w, fn->params.v[i], NULL, false);
	for (int i = 0; i < fn->results.len; i++)
		esc_new_loc(&w, fn->results.v[i], NULL, false)->result_index = 1 + i;
	for (int i = 0; i < fn->locals.len; i++)
		if (!esc_var_loc(fn->locals.v[i]))
			esc_new_loc(&w, fn->locals.v[i], NULL, false);
	for (int i = 0; i < fn->literals.len; i++)
		init_func(b, fn->literals.v[i]);
}

static void tag_all(EscBatch *b, Func *fn) {
	esc_tag_params(b, fn);
	for (int i = 0; i < fn->literals.len; i++)
		tag_all(b, fn->literals.v[i]);
}

static int64_t const_int(Node *n) {
	return n && n->cval && n->cval->kind == CV_INT && cv_fits_int64(n->cval) ? cv_get_int64(n->cval) : -1;
}

static int64_t closure_size(Node *lit) {
	Func *fn = lit->func.fn;
	int64_t size = 8; /* the code pointer */
	for (int i = 0; fn && i < fn->captures.len; i++)
		size += fn->captures.v[i].by_ref ? 8 : type_size(fn->captures.v[i].var->type);
	return size;
}

/* gc's HeapAllocReason: storage that may not live in a frame whatever the flows say. */
static const char *heap_alloc_reason(EscLoc *loc) {
	if (loc->var) {
		if (loc->var->is_param || loc->var->is_result)
			return NULL;
		return type_size(loc->var->type) > ESC_MAX_STACK_VAR_SIZE ? "too large for stack" : NULL;
	}
	Node *n = loc->site;
	if (!n || loc->ddd)
		return NULL;
	Type *t = n->type ? type_under(n->type) : NULL;
	bool ptr_alloc = (n->kind == ND_UNARY) || (n->kind == ND_CALL && n->call.builtin == BI_NEW) ||
			 (n->kind == ND_COMPOSITE && t && t->kind == TY_POINTER);
	if (ptr_alloc && t && t->kind == TY_POINTER && type_size(t->elem) > ESC_MAX_IMPLICIT_STACK_VAR_SIZE)
		return "too large for stack";
	if (n->kind == ND_FUNCLIT && closure_size(n) > ESC_MAX_IMPLICIT_STACK_VAR_SIZE)
		return "too large for stack";
	if (n->kind == ND_CALL && n->call.builtin == BI_MAKE && t && t->kind == TY_SLICE) {
		Node *r = n->call.args.len > 2   ? n->call.args.v[2]
			  : n->call.args.len > 1 ? n->call.args.v[1]
						 : NULL;
		int64_t c = const_int(r);
		if (c < 0 || c > INT32_MAX)
			return "non-constant size";
		int64_t es = type_size(t->elem);
		if (es != 0 && c > ESC_MAX_IMPLICIT_STACK_VAR_SIZE / es)
			return "too large for stack";
	}
	if (n->kind == ND_COMPOSITE && t && t->kind == TY_SLICE) {
		int64_t len = n->comp.elts.len; /* a lower bound with keyed elements; enough in practice */
		int64_t es = type_size(t->elem);
		if (es != 0 && len > ESC_MAX_IMPLICIT_STACK_VAR_SIZE / es)
			return "too large for stack";
	}
	return NULL;
}

static void record(EscBatch *b, EscLoc *loc, bool off) {
	if (loc->var) {
		bool addressed = loc->addrtaken || loc->var->addr_taken || loc->var->captured_by_ref;
		loc->var->esc = (loc->escapes || (off && addressed)) ? ESC_HEAP : ESC_NONE;
	} else if (loc->site) {
		/* the ... slice is the call node's only allocation: it owns Node.esc */
		loc->site->esc = (loc->escapes || off) ? ESC_HEAP : ESC_NONE;
	}
	if (!off)
		esc_report_site(b, loc);
}

static void analyze_batch(FuncVec *scc, const EscOptions *opt) {
	EscBatch b = {0};
	b.heap.escapes = true;
	b.off = opt->off;
	b.m_level = opt->off ? 0 : opt->m_level;
	b.explain = opt->explain && !opt->off;
	for (int i = 0; i < scc->len; i++)
		init_func(&b, scc->v[i]);
	for (int i = 0; i < scc->len; i++)
		esc_walk_func(&b, scc->v[i]);
	esc_flow_closures(&b);
	EscWalker w = {.b = &b, .fn = scc->v[0], .loop_depth = 1};
	for (int i = 0; i < b.locs.len; i++) {
		const char *why = heap_alloc_reason(b.locs.v[i]);
		if (why)
			esc_flow(&b, esc_addr(&w, esc_heap_hole(&w), b.locs.v[i]->site, why), b.locs.v[i]);
	}
	esc_solve(&b);
	/* an instance of a generic prints its notes at the generic's positions: one instance's
	 * notes per position (util.h, diag_note_group; docs/escape.md) */
	diag_note_group(scc->v[0]->origin, scc);
	for (int i = 0; i < scc->len; i++)
		tag_all(&b, scc->v[i]);
	for (int i = 0; i < b.locs.len; i++)
		record(&b, b.locs.v[i], opt->off);
	diag_note_group(NULL, NULL);
}

/* Variables the analysis never reached (dead code the walker skipped, say): by the contract,
 * a variable whose address is taken stays on the heap unless proven otherwise; others are
 * plain values. */
static void default_vars(Func *fn) {
	SymVec *lists[3] = {&fn->params, &fn->results, &fn->locals};
	for (int l = 0; l < 3; l++)
		for (int i = 0; i < lists[l]->len; i++) {
			Symbol *s = lists[l]->v[i];
			if (s->esc == ESC_UNKNOWN && !s->addr_taken && !s->captured_by_ref)
				s->esc = ESC_NONE;
		}
	if (fn->recv && fn->recv->esc == ESC_UNKNOWN && !fn->recv->addr_taken)
		fn->recv->esc = ESC_NONE;
}

/* -escape=unsound-stack, a deliberately wrong answer: every variable of fn on the stack, even
 * one whose address outlives the call ("moved to heap: x" stays in the -m notes, which report
 * the analysis, not this override). Allocation sites keep their decisions, so every program
 * still compiles. Its only use is to show that -sanitize=stack reports the resulting
 * stack-use-after-return (test/escape-check). */
static void force_stack_vars(Func *fn) {
	SymVec *lists[3] = {&fn->params, &fn->results, &fn->locals};
	for (int l = 0; l < 3; l++)
		for (int i = 0; i < lists[l]->len; i++)
			lists[l]->v[i]->esc = ESC_NONE;
	if (fn->recv)
		fn->recv->esc = ESC_NONE;
}

/* The initialisers of package-level variables, as gc's package init function. */
static void analyze_globals(Package *pkg, const EscOptions *opt) {
	if (pkg->global_inits.len == 0)
		return;
	EscBatch b = {0};
	b.heap.escapes = true;
	b.off = opt->off;
	b.m_level = opt->off ? 0 : opt->m_level;
	b.explain = opt->explain && !opt->off;
	Func *init = NEW(Func);
	init->name = "init";
	init->link_name = fmt("%s.init", pkg->link);
	for (int i = 0; i < pkg->global_inits.len; i++)
		esc_walk_global_init(&b, init, pkg->global_inits.v[i]);
	esc_flow_closures(&b);
	esc_solve(&b);
	for (int i = 0; i < b.locs.len; i++)
		record(&b, b.locs.v[i], opt->off);
}

void esc_analyze(Package *pkg, const EscOptions *opt) {
	EscOptions defaults = {0};
	if (!opt)
		opt = &defaults;
	esc_map_reset();
	esc_reason_off(opt->off);
	CallGraph *g = ast_call_graph(pkg); /* frontend/callgraph.c */
	for (int i = 0; i < g->sccs.len; i++)
		analyze_batch(&g->sccs.v[i].funcs, opt);
	analyze_globals(pkg, opt);
	for (int i = 0; opt->m_level && i < pkg->externs.len; i++)
		if (!pkg->externs.v[i]->recv_type)
			esc_report_bodiless(pkg->externs.v[i]);
	for (int i = 0; i < pkg->funcs.len; i++)
		default_vars(pkg->funcs.v[i]);
	if (opt->unsound_stack)
		for (int i = 0; i < pkg->funcs.len; i++)
			force_stack_vars(pkg->funcs.v[i]);
}

bool esc_var_on_heap(const Symbol *var) { return var->esc != ESC_NONE; }

bool esc_site_on_heap(const Node *site) { return site->esc != ESC_NONE; }

Node *esc_peeled_literal(Node *arg, Type *param) {
	Node *a = esc_unparen(arg);
	Type *pt = param ? esc_under(param) : NULL;
	if (!a || a->kind != ND_COMPOSITE || !pt || pt->kind != TY_SLICE)
		return NULL;
	Type *lt = esc_under(a->type);
	return lt && lt->kind == TY_SLICE ? a : NULL;
}
