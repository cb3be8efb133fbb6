/* inl_cost.c: may a function be inlined, and at what cost (gc 1.19's CanInline and its
 * hairyVisitor, inline/inl.go).
 *
 * The cost approximates the size of the body in gc's typed IR: one unit per node, walking
 * gosub's checked AST and counting what gc's tree would hold there. Where the two trees differ,
 * the walk counts gc's: parentheses and type expressions are no nodes; a constant expression is
 * one literal; `x := v` is a declaration (2) plus an assignment; `x++` is `x += 1`; a method
 * call `x.m()` is the call of a method expression with x as first argument. On top of the
 * nodes, a call costs what the callee costs when the callee is inlinable itself (mid-stack
 * inlining), and 57 otherwise; a function literal 15 plus its body; panic 1.
 *
 * Never inlined, whatever the cost: //go:noinline functions, bodies with recover, defer, go or
 * a type declaration, and a function that calls itself. A body over 80 is "too complex". */
#include "inl_internal.h"

#include <stdio.h>

#include <string.h>

typedef struct Hairy {
	int budget;
	const char *reason;
	Func *fn;
	Type *sig; /* the signature of the body being visited (fn's, or a literal's in it) */
} Hairy;

static bool visit(Hairy *v, Node *n);

static bool visit2(Hairy *v, Node *a, Node *b) { return visit(v, a) || visit(v, b); }

static bool visit_list(Hairy *v, NodeVec *l) {
	for (int i = 0; i < l->len; i++)
		if (visit(v, l->v[i]))
			return true;
	return false;
}

/* A block's statements, without those gc's dead-code pass removes (ast.c). */
static bool visit_stmts(Hairy *v, NodeVec *l) {
	NodeVec live = *l;
	live.len = ast_live_stmts(l);
	return visit_list(v, &live);
}

/* A switch on a constant: only the clause that runs, with its one case (ast.c). */
static bool visit_switch(Hairy *v, Node *n) {
	Node *value, *c = ast_const_switch_clause(n, &value);
	if (visit2(v, n->sw.init, n->sw.tag))
		return true;
	if (!c)
		return visit_list(v, &n->sw.clauses);
	v->budget--; /* the clause */
	return visit(v, value) || visit_stmts(v, &c->caseclause.body);
}

/* gc's ir.StaticValue for a function value: a literal, or a local variable that is never
 * reassigned nor addressed and was initialised with a literal (or with an inlined call whose
 * one result is). The literal must belong to `caller`, so that what it captures is in reach. */
static Node *decl_value(Symbol *s) {
	Node *d = s->decl;
	NodeVec *lhs = NULL, *rhs = NULL;
	if (d && d->kind == ND_ASSIGN && (d->assign.op == TK_DEFINE || d->assign.op == TK_ASSIGN))
		lhs = &d->assign.lhs, rhs = &d->assign.rhs;
	else if (d && d->kind == ND_VALUESPEC)
		lhs = &d->valuespec.names, rhs = &d->valuespec.values;
	if (!lhs || lhs->len != rhs->len)
		return NULL;
	for (int i = 0; i < lhs->len; i++)
		if (lhs->v[i]->kind == ND_IDENT && lhs->v[i]->ident.sym == s)
			return rhs->v[i];
	return NULL;
}

static Node *static_value(Node *n) {
	for (int hops = 0; n && hops < 16; hops++) {
		n = ast_unparen(n);
		if (n->kind == ND_INLCALL && n->inl.results.len == 1)
			n = n->inl.results.v[0];
		Symbol *s = n->kind == ND_IDENT ? n->ident.sym : NULL;
		if (!s || s->kind != SYM_VAR || s->is_global || s->is_param || s->reassigned || s->addr_taken)
			return n;
		Node *v = decl_value(s);
		if (!v)
			return n;
		n = v;
	}
	return n;
}

/* A function named directly: f or pkg.F, or the method of a method expression T.m whose T is
 * the method's own receiver type ((*T).m of a value method, or a promoted m, is a wrapper). */
static Func *named_func(Node *f) {
	if (f->kind == ND_SELECTOR && f->sel.kind == SEL_METHOD_EXPR) {
		Method *m = f->sel.lookup.method;
		bool own = m && m->fn && f->sel.lookup.depth == 0 && m->fn->recv_type == f->sel.x->type;
		return own ? m->fn : NULL;
	}
	Symbol *s = ast_ref(f);
	return s && s->kind == SYM_FUNC ? s->func : NULL;
}

/* The function a func value surely is: a literal of `caller` (what it captures is then in
 * reach), or a function named, maybe through variables. */
Func *inl_static_closure(Node *fn_expr, Func *caller) {
	Node *v = static_value(fn_expr);
	if (v && v->kind == ND_FUNCLIT)
		return v->func.fn && v->func.fn->outer == caller ? v->func.fn : NULL;
	return v ? named_func(v) : NULL;
}

/* The function a call surely calls, when its body is known (or NULL). */
Func *inl_callee(Node *call, Func *caller) {
	Node *f = ast_unparen(call->call.fn);
	Func *fn = NULL;
	if (call->call.kind == CALL_FUNC)
		fn = named_func(f);
	else if (call->call.kind == CALL_METHOD && f->kind == ND_SELECTOR && f->sel.kind == SEL_METHOD &&
		 f->sel.lookup.method)
		fn = f->sel.lookup.method->fn;
	else if (call->call.kind == CALL_CLOSURE)
		fn = inl_static_closure(f, caller);
	return fn && fn->inl ? fn : NULL;
}

/* gc 1.19's intrinsics on amd64 (ssagen/ssa.go): calls its back end replaces by instructions,
 * which cost one node and are never inlined. Per package, the names or name prefixes. */
static const struct {
	const char *pkg;
	const char *names; /* space-separated; a trailing * matches a prefix */
} intrinsics[] = {
    {"sync/atomic", "Add* CompareAndSwap* Load* Store* Swap*"},
    {"runtime/internal/atomic", "Load* Store* Xchg* Xadd* Cas* And* Or*"},
    {"math/bits", "TrailingZeros* Len* OnesCount* RotateLeft* ReverseBytes* Mul64 Mul Add64 Add "
		  "Sub64 Sub Div64 Div"},
    {"math", "Sqrt Floor Ceil Trunc RoundToEven Abs Copysign FMA"},
    {"runtime", "KeepAlive"},
};

static bool name_in(const char *name, const char *names) {
	for (const char *p = names; *p;) {
		size_t n = strcspn(p, " ");
		bool prefix = p[n - 1] == '*';
		size_t k = prefix ? n - 1 : n;
		if (strncmp(name, p, k) == 0 && (prefix || name[k] == '\0'))
			return true;
		p += n + (p[n] == ' ');
	}
	return false;
}

bool inl_is_intrinsic(Node *call) {
	Symbol *s = ast_ref(call->call.fn);
	const char *pkg = s && s->owner ? s->owner->path : s ? s->pkg : NULL;
	if (!s || s->kind != SYM_FUNC || !pkg)
		return false;
	for (size_t i = 0; i < sizeof intrinsics / sizeof intrinsics[0]; i++)
		if (strcmp(pkg, intrinsics[i].pkg) == 0)
			return name_in(s->name, intrinsics[i].names);
	return false;
}

/* The type of x.E.F, the embedded field a promoted method is called on (x's own for depth 0). */
static Type *promoted_receiver(Type *t, Lookup *l) {
	for (int i = 0; t && i < l->depth; i++) {
		Type *st = type_under(t);
		if (st->kind == TY_POINTER)
			st = type_under(st->elem);
		t = st->kind == TY_STRUCT ? st->fields.v[l->path[i]].type : NULL;
	}
	return t;
}

/* gc 1.19 counts a call of encoding/binary's byte-order methods as one node where the target
 * merges loads (amd64): cheap in practice, though their bodies are not (Go issue 42958). */
static bool is_cheap_method(Node *call, Func *callee) {
	static const char prefix[] = "encoding/binary.";
	const char *l = callee ? callee->link_name : NULL;
	return call->call.kind == CALL_METHOD && l && strncmp(l, prefix, sizeof prefix - 1) == 0 &&
	       name_in(l + sizeof prefix - 1,
		       "littleEndian.Uint64 littleEndian.Uint32 littleEndian.Uint16 bigEndian.Uint64 "
		       "bigEndian.Uint32 bigEndian.Uint16 littleEndian.PutUint64 littleEndian.PutUint32 "
		       "littleEndian.PutUint16 bigEndian.PutUint64 bigEndian.PutUint32 bigEndian.PutUint16");
}

/* f(g()) and `return g()` are gc's `t1, t2 := g(); f(t1, t2)`: 4 more per value and 1 (as
 * gc 1.19's -m=2 counts the assignment and its temporaries), and 1 for each temporary converted
 * to an interface (targets: the parameter or result types). */
static void spread_cost(Hairy *v, NodeVec *list, TypeVec *targets) {
	Node *a = ast_multi_value(list);
	if (!a)
		return;
	TypeVec *rs = &a->type->elems;
	v->budget -= 4 * rs->len + 1;
	for (int i = 0; targets && i < rs->len && i < targets->len; i++)
		if (type_is_interface(targets->v[i]) && !type_is_interface(rs->v[i]))
			v->budget--;
}

/* The cost of a call: its own node and its callee's name (a method call: the method
 * expression, and an implicit * or & on the receiver), then the callee's body or 57. */
static bool visit_call(Hairy *v, Node *n) {
	Node *f = ast_unparen(n->call.fn);
	if (n->call.kind == CALL_BUILTIN) {
		if (n->call.builtin == BI_RECOVER) {
			v->reason = "call to recover";
			return true;
		}
		if (n->call.builtin == BI_PANIC) {
			Node *a = n->call.args.len ? n->call.args.v[0] : NULL;
			if (a && a->kind == ND_CONVERT && (a->flags & NF_IMPLICIT))
				v->budget++; /* gc's hack for reflect.flag.mustBe */
			v->budget -= INL_EXTRA_PANIC_COST;
		}
		if (n->call.builtin == BI_NEW)
			v->budget--; /* the type operand is a node of gc's ONEW */
		spread_cost(v, &n->call.args, NULL);
		return visit_list(v, &n->call.args);
	}
	if (n->call.kind == CALL_METHOD || n->call.kind == CALL_IFACE) {
		v->budget--; /* the method expression, or gc's ODOTINTER */
		Node *x = f->kind == ND_SELECTOR ? f->sel.x : NULL;
		Type *needs = n->call.recv_needs, *rt = x ? promoted_receiver(x->type, &f->sel.lookup) : NULL;
		if (x)
			v->budget -= f->sel.lookup.depth; /* a promoted method: the implicit x.E */
		if (rt && needs &&
		    (type_under(rt)->kind == TY_POINTER) != (type_under(needs)->kind == TY_POINTER))
			v->budget--; /* the implicit & or * */
		if (visit(v, x))
			return true;
	} else if (visit(v, f)) {
		return true;
	}
	if (visit_list(v, &n->call.args))
		return true;
	Type *ft = type_under(f->type);
	spread_cost(v, &n->call.args, ft && ft->kind == TY_FUNC ? &ft->params : NULL);
	if (inl_is_intrinsic(n))
		return false;
	Func *callee = inl_callee(n, v->fn);
	if (is_cheap_method(n, callee))
		return false;
	if (callee && callee->outer)
		inl_decide(callee, false); /* a literal is decided where it is called */
	InlFunc *c = callee ? inl_func(callee) : NULL;
	v->budget -= c && c->decided && c->can ? c->cost : INL_EXTRA_CALL_COST;
	return false;
}

/* gc's OCONVNOP, which costs nothing: a conversion between types of one underlying type (or
 * pointers to such), which changes no bits. */
static bool is_noop_conversion(Node *n) {
	Type *to = n->type, *from = n->conv.x->type;
	if (!to || !from || type_is_interface(to))
		return false;
	Type *ut = type_under(to), *uf = type_under(from);
	if (ut == uf)
		return true;
	if ((ut->kind == TY_UNSAFE_POINTER && uf->kind == TY_POINTER) ||
	    (uf->kind == TY_UNSAFE_POINTER && ut->kind == TY_POINTER))
		return true;
	if (ut->kind == TY_POINTER && uf->kind == TY_POINTER)
		return type_under(ut->elem) == type_under(uf->elem);
	return ut->kind == TY_CHAN && uf->kind == TY_CHAN && ut->elem == uf->elem;
}

static bool visit_convert(Hairy *v, Node *n) {
	if (is_noop_conversion(n))
		v->budget++;
	return visit(v, n->conv.x);
}

/* `x := v` and `var x = v` are gc's ODCL x (2) then OAS x v; `var x T` an OAS x with no value. */
static int defined_vars(NodeVec *lhs) {
	int k = 0;
	for (int i = 0; i < lhs->len; i++)
		k += lhs->v[i]->kind == ND_IDENT && (lhs->v[i]->flags & NF_DEFINE);
	return k;
}

static bool visit_assign(Hairy *v, Node *n) {
	if (n->assign.op == TK_DEFINE)
		v->budget -= 2 * defined_vars(&n->assign.lhs);
	return visit_list(v, &n->assign.lhs) || visit_list(v, &n->assign.rhs);
}

static bool visit_valuespec(Hairy *v, Node *spec) {
	int names = spec->valuespec.names.len;
	v->budget -= 2 * names; /* the declarations */
	if (spec->valuespec.values.len == 0) {
		v->budget -= 2 * names; /* OAS x (1 + x) each */
		return false;
	}
	v->budget -= 1 + names; /* one OAS or OAS2 and its names */
	return visit_list(v, &spec->valuespec.values);
}

static bool visit_decl(Hairy *v, Node *n) {
	Node *g = n->unary.x;
	if (!g || g->kind != ND_GENDECL)
		return false;
	if (g->gendecl.tok == TK_TYPE) {
		v->reason = "unhandled op DCLTYPE";
		return true;
	}
	if (g->gendecl.tok != TK_VAR)
		return false; /* constants: no code */
	for (int i = 0; i < g->gendecl.specs.len; i++)
		if (visit_valuespec(v, g->gendecl.specs.v[i]))
			return true;
	return false;
}

/* if with a constant condition: the if and its condition cost nothing, the dead branch is
 * not looked at. */
static bool visit_if(Hairy *v, Node *n) {
	bool val;
	if (!ast_const_bool(n->ifs.cond, &val))
		return visit2(v, n->ifs.init, n->ifs.cond) || visit2(v, n->ifs.then, n->ifs.els);
	v->budget++;
	return visit(v, n->ifs.init) || visit(v, val ? n->ifs.then : n->ifs.els);
}

/* A type switch: the switch, gc's OTYPESW guard, and in each clause its own copy of the bound
 * variable and one node per type listed. */
static bool visit_type_switch(Hairy *v, Node *n) {
	v->budget -= 1 + (n->sw.bind != NULL); /* OTYPESW and the variable it binds */
	Node *tag = n->sw.tag && n->sw.tag->kind == ND_TYPEASSERT ? n->sw.tag->assert.x : n->sw.tag;
	if (visit2(v, n->sw.init, tag))
		return true;
	for (int i = 0; i < n->sw.clauses.len; i++) {
		Node *c = n->sw.clauses.v[i];
		v->budget -= 1 + c->caseclause.list.len + (n->sw.bind != NULL);
		if (visit_list(v, &c->caseclause.body))
			return true;
	}
	return false;
}

static bool visit_range(Hairy *v, Node *n) {
	if (n->range.define) /* each variable declared, the blank one too */
		v->budget -= (n->range.key != NULL) + (n->range.value != NULL);
	return visit2(v, n->range.key, n->range.value) || visit2(v, n->range.x, n->range.body);
}

static bool refuse(Hairy *v, const char *why) {
	v->reason = why;
	return true;
}

/* A slice literal is gc's OSLICELIT, which costs 2; each element of a struct literal is an
 * OSTRUCTKEY (1) holding the value (a key is a field name, no node). */
static bool visit_composite(Hairy *v, Node *n) {
	Type *t = n->type ? type_under(n->type) : NULL;
	if (t && t->kind == TY_POINTER)
		t = type_under(t->elem); /* &T{} elided inside a literal */
	if (t && t->kind == TY_SLICE)
		v->budget--;
	if (!t || t->kind != TY_STRUCT)
		return visit_list(v, &n->comp.elts);
	for (int i = 0; i < n->comp.elts.len; i++) {
		Node *e = n->comp.elts.v[i];
		bool keyed = e->kind == ND_KEYVALUE;
		v->budget--;
		if (visit(v, keyed ? e->binary.y : e))
			return true;
	}
	return false;
}

/* A function literal: 15, and its body, whose returns are its own. */
static bool visit_funclit(Hairy *v, Node *n) {
	Type *outer = v->sig;
	v->budget -= 15;
	v->sig = type_under(n->type);
	bool stop = n->func.body && visit_stmts(v, &n->func.body->block.stmts);
	v->sig = outer;
	return stop;
}

/* Statements: the cost of the node itself was taken by visit(). */
static bool visit_stmt(Hairy *v, Node *n) {
	switch (n->kind) {
	case ND_BLOCK: v->budget++; return visit_stmts(v, &n->block.stmts);
	case ND_EMPTY: v->budget++; return false;
	case ND_EXPRSTMT: v->budget++; return visit(v, n->unary.x);
	case ND_INCDEC: v->budget--; return visit(v, n->incdec.x); /* x += 1 */
	case ND_ASSIGN: return visit_assign(v, n);
	case ND_SEND: return visit2(v, n->binary.x, n->binary.y);
	case ND_GO: return refuse(v, "unhandled op GO");
	case ND_DEFER: return refuse(v, "unhandled op DEFER");
	case ND_RETURN: spread_cost(v, &n->list.list, &v->sig->results); return visit_list(v, &n->list.list);
	case ND_BRANCH: v->budget += n->branch.tok == TK_FALLTHROUGH; return false;
	case ND_IF: return visit_if(v, n);
	case ND_SWITCH: return visit_switch(v, n);
	case ND_SELECT: return visit2(v, n->sw.init, n->sw.tag) || visit_list(v, &n->sw.clauses);
	case ND_TYPESWITCH: return visit_type_switch(v, n);
	case ND_CASE:
		return visit_list(v, &n->caseclause.list) || visit(v, n->caseclause.comm) ||
		       visit_stmts(v, &n->caseclause.body);
	case ND_FOR: return visit2(v, n->fors.init, n->fors.cond) || visit2(v, n->fors.post, n->fors.body);
	case ND_RANGE: return visit_range(v, n);
	case ND_LABELED: return visit(v, n->labeled.stmt);
	case ND_DECLSTMT: v->budget++; return visit_decl(v, n);
	default: return false;
	}
}

static bool visit_expr(Hairy *v, Node *n) {
	switch (n->kind) {
	case ND_PAREN: v->budget++; return visit(v, n->unary.x);
	case ND_CALL: return visit_call(v, n);
	case ND_CONVERT: return visit_convert(v, n);
	case ND_FUNCLIT: return visit_funclit(v, n);
	case ND_COMPOSITE: return visit_composite(v, n);
	case ND_KEYVALUE: return visit2(v, n->binary.x, n->binary.y);
	case ND_SELECTOR:
		if (n->sel.kind == SEL_QUALIFIED)
			return false;
		if (n->sel.kind == SEL_METHOD)
			v->budget--; /* a method value: gc's OMETHVALUE costs 2 */
		v->budget -= n->sel.kind == SEL_FIELD ? n->sel.lookup.depth : 0;
		return visit(v, n->sel.x);
	case ND_STAR: { /* *(*T)(unsafe.Pointer(&x)) costs less: gc's ODEREF of OADDR */
		Node *x = ast_unparen(n->unary.x);
		while (x->kind == ND_CONVERT && is_noop_conversion(x))
			x = ast_unparen(x->conv.x);
		if (x->kind == ND_UNARY && x->unary.op == TK_AND)
			v->budget++;
		return visit(v, n->unary.x);
	}
	case ND_INLCALL: return false;
	default: return visit_stmt(v, n);
	}
}

static bool visit(Hairy *v, Node *n) {
	if (!n || (n->flags & NF_TYPE))
		return false;
	v->budget--;
	if (n->cval) /* a constant expression is one literal */
		return false;
	bool stop;
	switch (n->kind) {
	case ND_INDEX: stop = visit2(v, n->index.x, n->index.index); break;
	case ND_SLICE:
		stop = visit2(v, n->slice.x, n->slice.lo) || visit2(v, n->slice.hi, n->slice.max);
		break;
	case ND_TYPEASSERT: stop = visit(v, n->assert.x); break;
	case ND_UNARY: stop = visit(v, n->unary.x); break;
	case ND_BINARY: stop = visit2(v, n->binary.x, n->binary.y); break;
	default: stop = visit_expr(v, n); break;
	}
	if (stop)
		return true;
	if (v->budget < 0 && inl_opt.m_level < 2) {
		v->reason = "too expensive";
		return true;
	}
	return false;
}

/* Where gc puts a function: its name, or for a method the `(` of its receiver (the token
 * after `func`), which the AST does not keep: found on the declaration's line. */
static Pos decl_pos(Func *fn) {
	Pos p = pos_inner(fn->decl->pos);
	const char *line = fn->recv_type && p.file ? src_line(p.file, p.line) : NULL;
	if (!line)
		return p;
	for (int c = p.col - 1; c > 0; c--)
		if (line[c - 1] == '(' && (c == 1 || line[c - 2] == ' ' || line[c - 2] == '\t')) {
			p.col = c;
			break;
		}
	return p;
}

static void print_decision(Func *fn, InlFunc *f) {
	Pos p = decl_pos(fn);
	if (f->can && inl_opt.m_level >= 2)
		fprintf(stderr, "%s: can inline %s with cost %d as: %s\n", pos_str(p), inl_func_name(fn),
			f->cost, inl_body_text(fn));
	else if (f->can && inl_opt.m_level)
		fprintf(stderr, "%s: can inline %s\n", pos_str(p), inl_func_name(fn));
	else if (inl_opt.m_level >= 2)
		fprintf(stderr, "%s: cannot inline %s: %s\n", pos_str(p), inl_func_name(fn), f->reason);
}

static const char *tooHairy(Func *fn, int *cost) {
	Hairy v = {.budget = INL_MAX_BUDGET, .fn = fn, .sig = type_under(fn->type)};
	Node *body = fn->decl->func.body;
	if (visit_stmts(&v, &body->block.stmts))
		return v.reason;
	*cost = INL_MAX_BUDGET - v.budget;
	if (v.budget < 0)
		return fmt("function too complex: cost %d exceeds budget %d", *cost, INL_MAX_BUDGET);
	return NULL;
}

/* gc's CanInline: decides once, and says so with -m. */
void inl_decide(Func *fn, bool recursive) {
	InlFunc *f = inl_func(fn);
	if (f->decided || f->busy)
		return;
	f->busy = true;
	if (fn->noinline)
		f->reason = "marked go:noinline";
	else if (!fn->decl || !fn->decl->func.body)
		f->reason = "no function body";
	else if (recursive)
		f->reason = "recursive";
	else
		f->reason = tooHairy(fn, &f->cost);
	f->can = f->reason == NULL;
	if (f->can)
		inl_save_body(fn); /* inl_copy.c */
	f->decided = true;
	f->busy = false;
	print_decision(fn, f);
}
