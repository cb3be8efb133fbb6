/* inl_copy.c: one inlined call: the call node becomes an ND_INLCALL holding a copy of the
 * callee's body (gc's oldInline and inlsubst, inline/inl.go):
 *
 *   r := f(a, b)        becomes    r := { var p, q = a, b      (the parameters, now locals)
 *                                         var ~R0 T            (the result)
 *                                         <f's body, with each `return x` replaced by
 *                                          { ~R0 = x; goto .i5 }>
 *                                         .i5: }  ~R0
 *
 * Arguments are evaluated once and in order, before the body, as for a call; a panic in the
 * body happens where it would in the callee. The callee's variables (and those of the function
 * literals inside it) get new Symbols owned by the caller, its literals new Func records, its
 * labels new names; every copied node keeps its type and resolution, and stands at the call's
 * position for diagnostics (util.h, pos_inlined). */
#include "inl_internal.h"

#include <stdio.h>

#include <string.h>

typedef struct Copy {
	Func *callee, *caller;
	int site;       /* the inline site (util.h) */
	PairVec syms;   /* callee's variables -> caller's */
	PairVec funcs;  /* literals inside the callee -> their copies */
	PairVec nodes;  /* copied nodes, for branch targets */
	SymVec results; /* the result variables, in the caller */
	const char *end;
	Node *end_stmt;
	int lit_depth;  /* > 0: inside a function literal of the body, whose returns stay */
	bool pristine;  /* inl_save_body's copy: same symbols and literals, new nodes */
	PairVec *decls; /* declaring nodes: the saved body's -> the function's (pristine) */
	int nreturns;
	Node *params; /* the parameters' ND_VALUESPEC (ND_INLCALL.inl.params) */
} Copy;

static void *lookup(PairVec *v, const void *from) {
	for (int i = 0; i < v->len; i++)
		if (v->v[i].from == from)
			return v->v[i].to;
	return NULL;
}

static void remember(PairVec *v, void *from, void *to) { vec_push(v, ((Pair){from, to})); }

static bool within(Func *f, Func *callee) {
	for (; f; f = f->outer)
		if (f == callee)
			return true;
	return false;
}

static Func *map_func(Copy *cp, Func *f);

/* A variable of the callee (or of a literal in it) gets a fresh Symbol: the same callee
 * inlined twice into one caller has two sets of variables. */
static Symbol *map_sym(Copy *cp, Symbol *s) {
	if (cp->pristine || !s || s->kind != SYM_VAR || s->is_global || !within(s->func, cp->callee))
		return s;
	Symbol *t = lookup(&cp->syms, s);
	if (t)
		return t;
	t = NEW(Symbol);
	*t = *s;
	remember(&cp->syms, s, t);
	t->pos = pos_inlined(s->pos, cp->site);
	t->cg = NULL, t->cg_mod = NULL, t->esc = ESC_UNKNOWN, t->captured_by_ref = false;
	t->func = map_func(cp, s->func);
	if (s->func == cp->callee) { /* the callee's own: a local of the caller now */
		t->is_param = t->is_result = false;
		if (s->is_result && strncmp(s->name, "~r", 2) == 0)
			t->name = fmt("~R%s", s->name + 2); /* gc's name for an inlined result */
		vec_push(&cp->caller->locals, t);
	}
	Package *from = inl_func(cp->callee)->pkg;
	if (from && from != inl_pkg() && t->name[0] != '~') /* gc's name: bytes.b */
		t->name = fmt("%s.%s", from->name, t->name);
	return t;
}

static void map_syms(Copy *cp, SymVec *v) {
	SymVec out = {0};
	for (int i = 0; i < v->len; i++)
		vec_push(&out, map_sym(cp, v->v[i]));
	*v = out;
}

/* gc's names: main.func2 for a literal copied into main (after its own func1). */
static void name_literal(Func *f, Func *outer) {
	const char *pkg_link = inl_pkg()->link;
	int k = outer->literals.len;
	f->link_name =
	    outer->outer ? fmt("%s.%d", outer->link_name, k) : fmt("%s.func%d", outer->link_name, k);
	f->name = f->link_name + strlen(pkg_link) + 1;
}

static Func *map_func(Copy *cp, Func *f) {
	if (!f || f == cp->callee)
		return f == cp->callee ? cp->caller : f;
	Func *t = lookup(&cp->funcs, f);
	if (t)
		return t;
	t = NEW(Func);
	*t = *f;
	remember(&cp->funcs, f, t);
	t->outer = map_func(cp, f->outer);
	t->literals = (FuncVec){0};
	t->esc_summary = NULL, t->cg = NULL, t->cg_mod = NULL, t->inl = NULL;
	vec_push(&t->outer->literals, t);
	name_literal(t, t->outer);
	CaptureVec caps = {0};
	for (int i = 0; i < f->captures.len; i++)
		vec_push(&caps, ((Capture){map_sym(cp, f->captures.v[i].var), false}));
	t->captures = caps;
	map_syms(cp, &t->params), map_syms(cp, &t->results), map_syms(cp, &t->locals);
	inl_register(t);
	vec_push(&inl_pkg()->funcs, t);
	return t;
}

static const char *rename_label(Copy *cp, const char *label) {
	return label ? fmt("%s·%d", label, cp->site) : NULL;
}

static void rename_labels(Copy *cp, Node *c) {
	switch (c->kind) {
	case ND_LABELED: c->labeled.label = rename_label(cp, c->labeled.label); break;
	case ND_BRANCH: c->branch.label = rename_label(cp, c->branch.label); break;
	case ND_FOR: c->fors.label = rename_label(cp, c->fors.label); break;
	case ND_RANGE: c->range.label = rename_label(cp, c->range.label); break;
	case ND_SWITCH:
	case ND_TYPESWITCH:
	case ND_SELECT: c->sw.label = rename_label(cp, c->sw.label); break;
	case ND_INLCALL: c->inl.end = rename_label(cp, c->inl.end); break;
	default: break;
	}
}

static void pre(Node *orig, Node *c, void *ctx) {
	Copy *cp = ctx;
	remember(&cp->nodes, orig, c);
	cp->lit_depth += orig->kind == ND_FUNCLIT;
	if (cp->pristine)
		return;
	c->pos = pos_inlined(orig->pos, cp->site);
	rename_labels(cp, c);
}

static Node *ident(Symbol *s, Pos pos) {
	Node *n = ast_new(ND_IDENT, pos);
	n->ident.name = s->name;
	n->ident.sym = s;
	n->type = s->type;
	return n;
}

static Node *goto_end(Copy *cp, Pos pos) {
	Node *g = ast_new(ND_BRANCH, pos);
	g->branch.tok = TK_GOTO;
	g->branch.label = cp->end;
	g->branch.target = cp->end_stmt;
	return g;
}

/* `return x, y` of the callee: { ~R0, ~R1 = x, y; goto end } (a bare return: the goto). */
static Node *lower_return(Copy *cp, Node *ret) {
	Node *b = ast_new(ND_BLOCK, ret->pos);
	b->flags |= NF_RETURN;
	if (ret->list.list.len) {
		Node *as = ast_new(ND_ASSIGN, ret->pos);
		as->assign.op = TK_ASSIGN;
		for (int i = 0; i < cp->results.len; i++)
			vec_push(&as->assign.lhs, ident(cp->results.v[i], ret->pos));
		as->assign.rhs = ret->list.list;
		vec_push(&b->block.stmts, as);
		/* a result set by one return only is, like a variable, known by its value (what
		 * inl_static_closure follows, as gc's StaticValue through an inlined call) */
		if (cp->results.len == 1)
			cp->results.v[0]->decl = cp->nreturns == 0 ? as : NULL;
	}
	if (cp->nreturns++ && cp->results.len == 1) {
		cp->results.v[0]->decl = NULL;
	}
	vec_push(&b->block.stmts, goto_end(cp, ret->pos));
	return b;
}

/* A variable declared in the callee's body is, in the copy, known by no value: gc's StaticValue
 * does not follow the locals of an inlined body (f := func() {...}; f() inlined into a caller
 * leaves f() a call), though it follows parameters (param_decl) and results (lower_return).
 * The saved body's declaring nodes stand for the function's. */
static void redirect_decls(Copy *cp, Node *orig, Node *c, NodeVec *names) {
	if (cp->pristine) {
		remember(cp->decls, c, orig);
		return;
	}
	Node *decl = lookup(inl_func(cp->callee)->decls, orig);
	for (int i = 0; i < names->len; i++) {
		Symbol *s = names->v[i]->kind == ND_IDENT ? names->v[i]->ident.sym : NULL;
		if (s && (s->decl == orig || s->decl == decl))
			s->decl = NULL;
	}
}

/* gc's dead-code pass, which runs before it saves a body to inline (ast.c): the saved copy
 * keeps neither the dead branch of an `if` on a constant, nor the clauses of a switch on a
 * constant but the one that runs, nor the statements after a branch that always returns. */
static void prune(Node *c) {
	bool v;
	Node *value, *live;
	switch (c->kind) {
	case ND_BLOCK: c->block.stmts.len = ast_live_stmts(&c->block.stmts); break;
	case ND_CASE: c->caseclause.body.len = ast_live_stmts(&c->caseclause.body); break;
	case ND_IF:
		if (ast_const_bool(c->ifs.cond, &v))
			*(v ? &c->ifs.els : &c->ifs.then) = v ? NULL : ast_new(ND_BLOCK, c->pos);
		break;
	case ND_SWITCH:
		if ((live = ast_const_switch_clause(c, &value)) != NULL) {
			live->caseclause.list.len = 0;
			if (value)
				vec_push(&live->caseclause.list, value);
			c->sw.clauses.len = 0;
			vec_push(&c->sw.clauses, live);
		}
		break;
	default: break;
	}
}

static Node *post(Node *orig, Node *c, void *ctx) {
	Copy *cp = ctx;
	if (cp->pristine)
		prune(c);
	switch (c->kind) {
	case ND_IDENT:
		c->ident.sym = map_sym(cp, c->ident.sym);
		if (c->ident.sym != orig->ident.sym) /* gc's name for it: ~R0, bytes.b */
			c->ident.name = c->ident.sym->name;
		break;
	case ND_FUNCLIT:
		cp->lit_depth--;
		if (cp->pristine)
			break;
		c->func.fn = map_func(cp, orig->func.fn);
		if (c->func.fn)
			c->func.fn->decl = c;
		break;
	case ND_BRANCH:
		if (orig->branch.target && lookup(&cp->nodes, orig->branch.target))
			c->branch.target = lookup(&cp->nodes, orig->branch.target);
		break;
	case ND_CASE: c->caseclause.bind = map_sym(cp, c->caseclause.bind); break;
	case ND_RESULT: c->result.call = lookup(&cp->nodes, orig->result.call); break;
	case ND_ASSIGN: redirect_decls(cp, orig, c, &c->assign.lhs); break;
	case ND_VALUESPEC: redirect_decls(cp, orig, c, &c->valuespec.names); break;
	case ND_RETURN: return cp->lit_depth || cp->pristine ? c : lower_return(cp, c);
	default: break;
	}
	return c;
}

/* var a, b = x, y (no values: zeroed) */
static Node *var_decl(Pos pos, NodeVec names, NodeVec values) {
	Node *spec = ast_new(ND_VALUESPEC, pos);
	spec->valuespec.names = names;
	spec->valuespec.values = values;
	Node *g = ast_new(ND_GENDECL, pos);
	g->gendecl.tok = TK_VAR;
	vec_push(&g->gendecl.specs, spec);
	Node *d = ast_new(ND_DECLSTMT, pos);
	d->unary.x = g;
	return d;
}

/* x.E for x's embedded field number `index` (through a pointer x too): one step of the path
 * to a promoted method's receiver, the selector the checker would have made for it. */
static Node *embedded_field(Node *x, int index) {
	Type *t = type_under(x->type);
	if (t->kind == TY_POINTER)
		t = type_under(t->elem);
	Field *f = &t->fields.v[index];
	Node *s = ast_new(ND_SELECTOR, x->pos);
	s->sel.x = x;
	s->sel.name = f->name;
	s->sel.name_pos = x->pos;
	s->sel.kind = SEL_FIELD;
	s->sel.lookup = type_lookup(x->type, f->name);
	s->type = f->type;
	if ((x->flags & NF_ADDRESSABLE) || type_under(x->type)->kind == TY_POINTER)
		s->flags |= NF_ADDRESSABLE;
	return s;
}

/* The receiver as the method takes it: x, or x.E.F for a promoted method, then the call's
 * implicit & or *. */
static Node *receiver_arg(Node *call) {
	Node *sel = ast_unparen(call->call.fn), *x = sel->sel.x;
	for (int i = 0; i < sel->sel.lookup.depth; i++)
		x = embedded_field(x, sel->sel.lookup.path[i]);
	Type *needs = call->call.recv_needs;
	bool xp = type_under(x->type)->kind == TY_POINTER;
	bool np = needs && type_under(needs)->kind == TY_POINTER;
	if (!needs || xp == np)
		return x;
	Node *r = ast_new(np ? ND_UNARY : ND_STAR, x->pos);
	r->unary.op = np ? TK_AND : TK_MUL;
	r->unary.x = x;
	r->type = np ? type_pointer(x->type) : type_under(x->type)->elem;
	return r;
}

/* f(a, b, c) of f(xs ...T): xs is []T{b, c}. */
static Node *variadic_slice(Node *call, int from, Symbol *param) {
	Node *lit = ast_new(ND_COMPOSITE, call->pos);
	lit->type = param->type;
	lit->flags |= NF_IMPLICIT; /* -m calls it "... argument", as gc */
	for (int i = from; i < call->call.args.len; i++)
		vec_push(&lit->comp.elts, call->call.args.v[i]);
	return lit;
}

static void push_stmt(NodeVec *v, Node *n) {
	if (n)
		vec_push(v, n);
}

/* f()() with f inlined, the second call too: f's body still runs first (gc's CalleeEffects). */
static Node *callee_effects(Node *call) {
	Node *f = ast_unparen(call->call.fn);
	if (call->call.kind != CALL_CLOSURE || f->kind != ND_INLCALL)
		return NULL;
	Node *s = ast_new(ND_EXPRSTMT, f->pos);
	s->unary.x = f;
	return s;
}

/* The parameters' declaration. A parameter is known by its argument (gc's StaticValue follows
 * the assignment of an inlined call's arguments): apply(func() int {...}) calls the literal. */
static Node *param_decl(Copy *cp, Pos pos, NodeVec names, NodeVec values) {
	Node *d = var_decl(pos, names, values);
	Node *spec = d->unary.x->gendecl.specs.v[0];
	for (int i = 0; i < names.len; i++)
		names.v[i]->ident.sym->decl = spec;
	cp->params = spec;
	return d;
}

/* The parameters, receiver first, declared and set to the arguments in one assignment:
 * `var r, a, b = x, y, z`, or `var r, a, b = g()` for f(g()) (inline.c checked the types). The
 * receiver is the selector's x in x.m(a, b), the first argument in T.m(x, a, b). */
static void bind_params(Copy *cp, Node *call, NodeVec *out) {
	NodeVec names = {0}, values = {0};
	Func *f = cp->callee;
	NodeVec *args = &call->call.args;
	int a = 0; /* the next argument */
	if (f->recv_type) {
		vec_push(&names, ident(map_sym(cp, f->recv), call->pos));
		if (call->call.kind == CALL_METHOD)
			vec_push(&values, receiver_arg(call));
		else
			a = 1;
	}
	bool spread = ast_multi_value(args) != NULL;
	if (spread || a)
		vec_push(&values, args->v[0]);
	bool ddd = f->type->variadic && !(call->flags & NF_DDD);
	int fixed = f->params.len - ddd;
	for (int i = 0; i < fixed; i++) {
		vec_push(&names, ident(map_sym(cp, f->params.v[i]), call->pos));
		if (!spread)
			vec_push(&values, args->v[a + i]);
	}
	/* f(a) of f(a, xs ...T): xs is []T{b, c} for f(a, b, c), nil (zeroed) for f(a) */
	if (ddd && args->len > a + fixed) {
		vec_push(&names, ident(map_sym(cp, vec_last(&f->params)), call->pos));
		vec_push(&values, variadic_slice(call, a + fixed, vec_last(&f->params)));
	} else if (ddd) {
		NodeVec nil = {0};
		vec_push(&nil, ident(map_sym(cp, vec_last(&f->params)), call->pos));
		push_stmt(out, names.len ? param_decl(cp, call->pos, names, values) : NULL);
		push_stmt(out, var_decl(call->pos, nil, (NodeVec){0}));
		return;
	}
	push_stmt(out, names.len ? param_decl(cp, call->pos, names, values) : NULL);
}

static Node *declare_results(Copy *cp, Node *call) {
	NodeVec names = {0};
	for (int i = 0; i < cp->callee->results.len; i++) {
		vec_push(&cp->results, map_sym(cp, cp->callee->results.v[i]));
		vec_push(&names, ident(vec_last(&cp->results), call->pos));
	}
	return names.len ? var_decl(call->pos, names, (NodeVec){0}) : NULL;
}

void inl_expand(Node *call, Func *callee, Func *caller) {
	Copy cp = {.callee = callee, .caller = caller};
	cp.site = pos_new_inl_site(call->pos, callee->link_name, callee->decl->pos);
	cp.end = fmt(".i%d", cp.site);
	cp.end_stmt = ast_new(ND_LABELED, call->pos);
	cp.end_stmt->labeled.label = cp.end;
	cp.end_stmt->labeled.stmt = ast_new(ND_EMPTY, call->pos);
	Node *n = ast_new(ND_INLCALL, call->pos);
	n->type = call->type;
	push_stmt(&n->inl.body, callee_effects(call));
	bind_params(&cp, call, &n->inl.body);
	push_stmt(&n->inl.body, declare_results(&cp, call));
	AstCopier copier = {pre, post, &cp};
	push_stmt(&n->inl.body, ast_copy(inl_func(callee)->body, &copier));
	push_stmt(&n->inl.body, cp.end_stmt);
	for (int i = 0; i < cp.results.len; i++)
		vec_push(&n->inl.results, ident(cp.results.v[i], call->pos));
	n->inl.call = NEW(Node);
	*n->inl.call = *call;
	n->inl.callee = callee;
	n->inl.params = cp.params;
	n->inl.end = cp.end;
	*call = *n; /* in place: the parent keeps its pointer */
}

/* gc's Inl.Body: the body as it is when the function is found inlinable, before its own calls
 * are inlined; each inlined call copies it and inlines what it calls anew. */
void inl_save_body(Func *fn) {
	InlFunc *f = inl_func(fn);
	Copy cp = {.pristine = true, .decls = NEW(PairVec)};
	AstCopier copier = {pre, post, &cp};
	f->body = ast_copy(fn->decl->func.body, &copier);
	f->decls = cp.decls;
}
