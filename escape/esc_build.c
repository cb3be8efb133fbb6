/* esc_build.c: walks a checked function body and turns it into escape-graph edges.
 *
 * input: a Func of the current batch (with its function literals).  output: locations and
 * edges (esc_graph.c), and the list of closures whose captures are connected at the end.
 *
 * Every expression is evaluated "into a hole": expr(k, n) says "the value of n is stored in k".
 * Each construct says how its operands reach that hole (the table of docs/escape.md):
 *     &x        x flows with one level less (address-of)
 *     *p, p.f   p flows with one level more (indirection / dot of pointer)
 *     x.f, a[i] (a an array) x or a flows unchanged: a field of a value is part of the value
 *     s[i]      s flows with one level more (a slice points to its elements)
 *     new(T), &T{}, []T{}, make, closures, conversions that copy: new storage ("spill") whose
 *               address flows to k, and whose contents come from the operands
 *     f(args)   each argument flows where f's summary says its parameter goes
 * Stores through pointers, into map entries, channels and globals go to the heap.
 */
#include "esc_internal.h"

#include <string.h>

typedef struct GoDefer {
	EscHole k;   /* where a wrapped argument's copy lives: the heap, or "later" for a defer */
} GoDefer;

static void expr(EscWalker *w, EscHole k, Node *n);
static void stmt(EscWalker *w, Node *n);
static void stmts(EscWalker *w, NodeVec *list);
static void call(EscWalker *w, EscHole *ks, int nks, Node *n, GoDefer *gd);

bool esc_type_has_pointers(Type *t) {
	if (!t || t->kind == TY_TUPLE)
		return true;
	return type_has_pointers(t);
}

static Node *unparen(Node *n) {
	while (n && n->kind == ND_PAREN)
		n = n->unary.x;
	return n;
}

static Type *under(Type *t) { return t ? type_under(t) : NULL; }

static bool is_kind(Type *t, TypeKind k) {
	t = under(t);
	return t && t->kind == k;
}

static void discard(EscWalker *w, Node *n) { expr(w, esc_discard_hole(w), n); }

static void discards(EscWalker *w, NodeVec *list) {
	for (int i = 0; i < list->len; i++)
		discard(w, list->v[i]);
}

static void assign_heap(EscWalker *w, Node *src, const char *why, Node *where) {
	expr(w, esc_note(w, esc_heap_hole(w), where, why), src);
}

/* The location of a local variable, made on first sight when the checker did not list it
 * (for instance a type switch's per-clause variable). */
static EscLoc *var_loc(EscWalker *w, Symbol *var) {
	EscLoc *loc = esc_var_loc(var);
	if (!loc) {
		int saved = w->loop_depth;
		w->loop_depth = 1;
		loc = esc_new_loc(w, var, NULL, false);
		w->loop_depth = saved;
	}
	return loc;
}

static bool is_local_var(Symbol *s) { return s && s->kind == SYM_VAR && !s->is_global; }

/* ---- the location a declaration makes ------------------------------------------------------ */

/* A declaration (var x, x :=) fixes the variable's loop depth where it is executed. */
static EscHole dcl(EscWalker *w, Symbol *var) {
	EscLoc *loc = var_loc(w, var);
	loc->loop_depth = w->loop_depth;
	return esc_hole(loc);
}

/* ---- selectors ------------------------------------------------------------------------------ */

/* How many pointers x.f follows: one per pointer met along the path of embedded fields. */
static int field_path_derefs(Type *t, const Lookup *lk, int upto) {
	int derefs = 0;
	for (int i = 0; i <= upto && t; i++) {
		if (is_kind(t, TY_POINTER)) {
			derefs++;
			t = under(t)->elem;
		}
		Type *st = under(t);
		int idx = i < lk->depth ? lk->path[i] : lk->index;
		if (!st || st->kind != TY_STRUCT || idx < 0 || idx >= st->fields.len)
			return derefs;
		t = st->fields.v[idx].type;
	}
	return derefs;
}

static EscHole field_hole(EscWalker *w, EscHole k, Node *n) {
	int derefs = field_path_derefs(n->sel.x->type, &n->sel.lookup, n->sel.lookup.depth);
	if (derefs == 0)
		return esc_note(w, k, n, "dot");
	for (int i = 0; i < derefs; i++)
		k = esc_deref(w, k, n, "dot of pointer");
	return k;
}

/* A method's receiver is x.path (promoted through embedded fields), then &x or *x as the
 * method wants: the value the callee receives. */
static EscHole recv_hole(EscWalker *w, EscHole k, Node *sel, Type *needs) {
	const Lookup *lk = &sel->sel.lookup;
	Type *t = sel->sel.x->type;
	int derefs = 0;
	for (int i = 0; i < lk->depth && t; i++) {
		if (is_kind(t, TY_POINTER)) {
			derefs++;
			t = under(t)->elem;
		}
		Type *st = under(t);
		if (!st || st->kind != TY_STRUCT || lk->path[i] >= st->fields.len)
			break;
		t = st->fields.v[lk->path[i]].type;
	}
	bool want_ptr = needs ? is_kind(needs, TY_POINTER)
	                      : (lk->method && lk->method->ptr_recv);
	bool have_ptr = is_kind(t, TY_POINTER);
	if (want_ptr && !have_ptr)
		k = esc_addr(w, k, sel, "address-of");
	for (int i = 0; i < derefs; i++)
		k = esc_deref(w, k, sel, "dot of pointer");
	if (!want_ptr && have_ptr)
		k = esc_deref(w, k, sel, "indirection");
	return k;
}

static Func *method_func(Node *sel) {
	const Lookup *lk = &sel->sel.lookup;
	if (sel->sel.kind != SEL_METHOD && sel->sel.kind != SEL_METHOD_EXPR)
		return NULL;
	return lk->method ? lk->method->fn : NULL;
}

/* ---- interprocedural: the hole a parameter's argument goes to ------------------------------- */

static Symbol *param_sym(Func *fn, int i) {
	if (fn->recv) {
		if (i == 0)
			return fn->recv;
		i--;
	}
	return i < fn->params.len ? fn->params.v[i] : NULL;
}

/* Where an argument for parameter i of fn goes: into the parameter itself when fn is analysed
 * together with the caller; otherwise where fn's summary says (the heap and/or the call's
 * results, each after the summary's number of dereferences). Unknown callees: the heap. */
static EscHole tag_hole(EscWalker *w, EscHole *ks, int nks, Func *fn, int i, Node *call_n, Type *ptype) {
	EscLeaks l;
	if (fn) {
		EscFunc *ef = esc_func(fn);
		if (ef->in_batch) {
			Symbol *p = param_sym(fn, i);
			if (!p || !strcmp(p->name, "_"))
				return esc_discard_hole(w);
			return esc_hole(var_loc(w, p));
		}
		if (!ef->tagged)
			return esc_heap_hole(w);
		l = *esc_param_summary(fn, i);
	} else if (call_n && call_n->call.kind == CALL_EXTERN) {
		l = esc_extern_summary(call_n, i, ptype);
	} else {
		return esc_heap_hole(w);
	}
	EscHole tks[1 + ESC_NUM_RESULTS];
	int n = 0;
	int x = esc_leaks_get(&l, 0);
	if (x >= 0)
		tks[n++] = esc_shift(esc_heap_hole(w), x);
	for (int r = 0; ks && r < ESC_NUM_RESULTS && r < nks; r++) {
		x = esc_leaks_get(&l, 1 + r);
		if (x >= 0)
			tks[n++] = esc_shift(ks[r], x);
	}
	return esc_tee(w, tks, n);
}

/* ---- expressions ---------------------------------------------------------------------------- */

static void composite(EscWalker *w, EscHole k, Node *n) {
	Type *t = under(n->type);
	NodeVec *elts = &n->comp.elts;
	if (t && t->kind == TY_POINTER) { /* an elided &T{...} inside a literal of []*T */
		k = esc_spill(w, k, n);
		t = under(t->elem);
	}
	if (t && t->kind == TY_MAP) {
		esc_spill(w, k, n);
		for (int i = 0; i < elts->len; i++) {
			Node *e = elts->v[i];
			if (e->kind == ND_KEYVALUE) {
				assign_heap(w, e->binary.x, "map literal key", n);
				assign_heap(w, e->binary.y, "map literal value", n);
			} else {
				assign_heap(w, e, "map literal value", n);
			}
		}
		return;
	}
	const char *why = "struct literal element";
	if (t && t->kind == TY_SLICE) {
		k = esc_spill(w, k, n);
		why = "slice-literal-element";
	} else if (t && t->kind == TY_ARRAY) {
		why = "array literal element";
	}
	for (int i = 0; i < elts->len; i++) {
		Node *e = elts->v[i];
		if (e->kind == ND_KEYVALUE)
			e = e->binary.y;
		expr(w, esc_note(w, k, n, why), e);
	}
}

static void walk_literal(EscBatch *b, Func *fn);

/* func(...) {...}: the closure record is new storage holding the captured variables (by value
 * or by reference, decided in esc_flow_closures once every assignment has been seen). */
static void funclit(EscWalker *w, EscHole k, Node *n) {
	Func *fn = n->func.fn;
	k = esc_spill(w, k, n);
	EscBatch *b = w->b;
	if (b->nclosures == b->cap_closures) {
		int ncap = b->cap_closures ? 2 * b->cap_closures : 8;
		b->closures = xrealloc(b->closures, sizeof(*b->closures) * b->cap_closures,
		                       sizeof(*b->closures) * ncap);
		b->cap_closures = ncap;
	}
	b->closures[b->nclosures++] = (struct EscClosureRec){k, n};
	if (!fn || esc_func(fn)->tagged) /* a package-level literal is analysed on its own */
		return;
	for (int i = 0; i < fn->captures.len; i++) {
		EscLoc *loc = var_loc(w, fn->captures.v[i].var);
		if (!loc->captured) {
			loc->captured = true;
			/* assignments before the capture at the same loop depth do not force a reference */
			if (loc->loop_depth == w->loop_depth)
				loc->reassigned = false;
		}
	}
	walk_literal(b, fn);
}

/* x.M used as a value: a closure record holding the receiver. */
static void method_value(EscWalker *w, EscHole k, Node *n) {
	EscHole closure_k = esc_spill(w, k, n);
	Func *fn = method_func(n);
	EscHole ks[ESC_NUM_RESULTS];
	int nres = 0;
	Type *sig = n->type ? under(n->type) : NULL;
	for (int i = 0; sig && i < sig->results.len && i < ESC_NUM_RESULTS; i++)
		ks[nres++] = esc_heap_hole(w);
	EscHole param_k = fn && fn->recv ? tag_hole(w, ks, nres, fn, 0, NULL, NULL) : esc_heap_hole(w);
	EscHole both[2] = {param_k, closure_k};
	EscHole tk = esc_tee(w, both, 2);
	expr(w, recv_hole(w, tk, n, NULL), n->sel.x);
}

static void selector(EscWalker *w, EscHole k, Node *n) {
	switch (n->sel.kind) {
	case SEL_FIELD:
		expr(w, field_hole(w, k, n), n->sel.x);
		break;
	case SEL_METHOD:
	case SEL_IFACE_METHOD:
		method_value(w, k, n);
		break;
	case SEL_QUALIFIED:
	case SEL_METHOD_EXPR:
	case SEL_NONE:
		break;
	}
}

static void index_expr(EscWalker *w, EscHole k, Node *n) {
	Type *xt = under(n->index.x->type);
	if (xt && xt->kind == TY_MAP) {
		discard(w, n->index.x);
	} else if (xt && xt->kind == TY_ARRAY) {
		expr(w, esc_note(w, k, n, "fixed-array-index-of"), n->index.x);
	} else {
		expr(w, esc_deref(w, k, n, "dot of pointer"), n->index.x);
	}
	discard(w, n->index.index);
}

static void slice_expr(EscWalker *w, EscHole k, Node *n) {
	k = esc_note(w, k, n, "slice");
	if (is_kind(n->slice.x->type, TY_ARRAY)) /* a[i:j] slices &a */
		k = esc_addr(w, k, n, "address-of");
	expr(w, k, n->slice.x);
	discard(w, n->slice.lo);
	discard(w, n->slice.hi);
	discard(w, n->slice.max);
}

/* x.(T): when T is stored indirectly in an interface, the value is one dereference away. */
static EscHole dot_type(EscWalker *w, EscHole k, Type *t, Node *where, const char *why) {
	if (t && !type_is_interface(t) && !type_is_direct_iface(t))
		k = esc_shift(k, 1);
	return esc_note(w, k, where, why);
}

static bool is_string_conv(Type *to, Type *from) {
	Type *tu = under(to), *fu = under(from);
	if (!tu || !fu)
		return false;
	if (tu->kind == TY_STRING)
		return fu->kind == TY_SLICE || type_is_integer(fu);
	return tu->kind == TY_SLICE && fu->kind == TY_STRING;
}

static void convert(EscWalker *w, EscHole k, Node *n) {
	Node *x = n->conv.x;
	Type *to = n->type, *from = x ? x->type : NULL;
	if (x && x->cval && !type_is_interface(to) && !is_string_conv(to, from))
		return;
	if (type_is_interface(to) && from && !type_is_interface(from) && from->kind != TY_UNTYPED_NIL) {
		if (!type_is_direct_iface(from))
			k = esc_spill(w, k, n);
		expr(w, esc_note(w, k, n, "interface-converted"), x);
	} else if (is_string_conv(to, from)) {
		esc_spill(w, k, n);
		discard(w, x);
	} else {
		expr(w, k, x);
	}
}

/* a + b + c on strings is one concatenation (one site): only the outermost `+` allocates. */
static bool is_string_add(Node *n) {
	n = unparen(n);
	return n && n->kind == ND_BINARY && n->binary.op == TK_ADD && !n->cval && type_is_string(n->type);
}

static void string_add_operands(EscWalker *w, Node *n, Node *site) {
	Node *u = unparen(n);
	if (is_string_add(u)) {
		/* an inner `+` only feeds the outer concatenation, which copies it: its buffer
		 * never outlives the expression */
		u->esc = w->b->off ? ESC_HEAP : ESC_NONE;
		string_add_operands(w, u->binary.x, site);
		string_add_operands(w, u->binary.y, site);
		return;
	}
	discard(w, n);
}

static void unary(EscWalker *w, EscHole k, Node *n) {
	Node *x = n->unary.x;
	switch (n->unary.op) {
	case TK_AND:
		if (unparen(x) && unparen(x)->kind == ND_COMPOSITE)
			expr(w, esc_spill(w, k, n), unparen(x)); /* &T{...} */
		else
			expr(w, esc_addr(w, k, n, "address-of"), x);
		break;
	default: /* + - ! ^ <- */
		discard(w, x);
		break;
	}
}

static void expr(EscWalker *w, EscHole k, Node *n) {
	if (!n || (n->flags & NF_TYPE))
		return;
	/* values without pointers cannot make anything escape: drop the flow (not an address) */
	if (k.derefs >= 0 && n->type && !type_is_untyped(n->type) && !esc_type_has_pointers(n->type))
		k.dst = &w->b->blank;
	switch (n->kind) {
	case ND_IDENT:
		if (is_local_var(n->ident.sym))
			esc_flow(w->b, k, var_loc(w, n->ident.sym));
		break;
	case ND_BASICLIT:
		break;
	case ND_PAREN:
		expr(w, k, n->unary.x);
		break;
	case ND_COMPOSITE:
		composite(w, k, n);
		break;
	case ND_FUNCLIT:
		funclit(w, k, n);
		break;
	case ND_SELECTOR:
		selector(w, k, n);
		break;
	case ND_INDEX:
		index_expr(w, k, n);
		break;
	case ND_SLICE:
		slice_expr(w, k, n);
		break;
	case ND_TYPEASSERT:
		expr(w, dot_type(w, k, n->type, n, "dot"), n->assert.x);
		break;
	case ND_CALL:
		call(w, &k, 1, n, NULL);
		break;
	case ND_STAR:
		expr(w, esc_deref(w, k, n, "indirection"), n->unary.x);
		break;
	case ND_UNARY:
		unary(w, k, n);
		break;
	case ND_BINARY:
		if (n->cval)
			break;
		if (is_string_add(n)) {
			esc_spill(w, k, n);
			string_add_operands(w, n->binary.x, n);
			string_add_operands(w, n->binary.y, n);
		} else {
			discard(w, n->binary.x);
			discard(w, n->binary.y);
		}
		break;
	case ND_KEYVALUE:
		expr(w, k, n->binary.y);
		break;
	case ND_CONVERT:
		convert(w, k, n);
		break;
	default:
		/* a kind this analysis does not model: its allocation sites keep ESC_UNKNOWN (heap) */
		break;
	}
}

/* ---- calls ---------------------------------------------------------------------------------- */

static bool wrappable(Node *arg) {
	Node *a = unparen(arg);
	if (!a || a->cval || (a->flags & NF_TYPE))
		return false;
	if (a->kind == ND_IDENT && a->ident.sym && a->ident.sym->kind != SYM_VAR)
		return false;
	if (a->kind == ND_SELECTOR && a->sel.kind == SEL_METHOD_EXPR)
		return false;
	return true;
}

/* One argument going into hole k. Under go/defer the argument is first copied into the
 * wrapper closure, whose storage lives in gd->k (the heap for `go`). recv_sel: the receiver of
 * a method call, with the automatic & or * and embedded path applied. */
static void argument(EscWalker *w, GoDefer *gd, EscHole k, Node *arg, Node *call_n, Node *recv_sel,
                     Type *recv_needs) {
	k = esc_note(w, k, call_n, "call parameter");
	if (gd && wrappable(arg)) {
		EscLoc *tmp = esc_new_loc(w, NULL, NULL, false);
		EscHole tk = esc_hole(tmp);
		expr(w, recv_sel ? recv_hole(w, tk, recv_sel, recv_needs) : tk, arg);
		esc_flow(w->b, esc_note(w, gd->k, call_n, "captured by a closure"), tmp);
		esc_flow(w->b, k, tmp);
		return;
	}
	expr(w, recv_sel ? recv_hole(w, k, recv_sel, recv_needs) : k, arg);
}

/* gc 1.19 resolves a call through a local variable that is assigned once (its declaration) and
 * never has its address taken to the function or literal it holds (ir.StaticValue). */
static Node *static_value(EscWalker *w, Node *n) {
	for (int guard = 0; guard < 16; guard++) {
		n = unparen(n);
		if (!n || n->kind != ND_IDENT)
			return n;
		Symbol *s = n->ident.sym;
		if (!s || s->kind != SYM_VAR || s->is_global || s->is_param || s->is_result ||
		    s->func != w->fn || s->reassigned || s->addr_taken || !s->decl)
			return n;
		Node *d = s->decl, *rhs = NULL;
		NodeVec *names = NULL, *values = NULL;
		if (d->kind == ND_ASSIGN && d->assign.op == TK_DEFINE) {
			names = &d->assign.lhs;
			values = &d->assign.rhs;
		} else if (d->kind == ND_VALUESPEC) {
			names = &d->valuespec.names;
			values = &d->valuespec.values;
		}
		if (!names || names->len != values->len)
			return n;
		for (int i = 0; i < names->len; i++)
			if (names->v[i]->kind == ND_IDENT && names->v[i]->ident.sym == s)
				rhs = values->v[i];
		if (!rhs)
			return n;
		n = rhs;
	}
	return n;
}

/* The function a call certainly reaches, when it is one gosub analyses. *recv_first: the
 * receiver is the call's first argument (a method expression T.M(x, ...)). */
static Func *static_callee(EscWalker *w, Node *n, bool *recv_first) {
	*recv_first = false;
	Node *f = n->call.fn;
	switch (n->call.kind) {
	case CALL_FUNC: {
		Node *id = unparen(f);
		if (id->kind == ND_IDENT && id->ident.sym)
			return id->ident.sym->func;
		if (id->kind == ND_SELECTOR && id->sel.sym)
			return id->sel.sym->func;
		return NULL;
	}
	case CALL_METHOD:
		return method_func(unparen(f));
	case CALL_CLOSURE: {
		Node *v = static_value(w, f);
		if (v && v->kind == ND_FUNCLIT)
			return v->func.fn;
		if (v && v->kind == ND_IDENT && v->ident.sym && v->ident.sym->kind == SYM_FUNC)
			return v->ident.sym->func;
		if (v && v->kind == ND_SELECTOR && v->sel.kind == SEL_METHOD_EXPR) {
			*recv_first = true;
			return method_func(v);
		}
		return NULL;
	}
	default:
		return NULL;
	}
}

/* The arguments of a call to a function value, a function or a method, in parameter order. */
static void call_args(EscWalker *w, EscHole *ks, int nks, Node *n, Func *fn, int first_param,
                      Type *ft, GoDefer *gd) {
	NodeVec *args = &n->call.args;
	int np = ft ? ft->params.len : args->len;
	bool implicit_ddd = ft && ft->variadic && !(n->flags & NF_DDD);
	int nfixed = implicit_ddd ? np - 1 : np;
	for (int i = 0; i < nfixed && i < args->len; i++) {
		Type *pt = ft ? ft->params.v[i] : NULL;
		argument(w, gd, tag_hole(w, ks, nks, fn, first_param + i, n, pt), args->v[i], n, NULL, NULL);
	}
	if (!implicit_ddd)
		return;
	/* f(a, b, c) for f(xs ...T): the arguments go into an implicit slice, "... argument" */
	EscHole pk = esc_note(w, tag_hole(w, ks, nks, fn, first_param + np - 1, n, ft->params.v[np - 1]),
	                      n, "call parameter");
	if (args->len <= nfixed)
		return; /* no extra arguments: a nil slice */
	EscLoc *slice = esc_new_loc(w, NULL, n, true);
	slice->ddd = true;
	esc_flow(w->b, esc_note_text(w, esc_shift(pk, -1), n, "... argument", "spill"), slice);
	EscHole ek = esc_note_text(w, esc_hole(slice), n, "... argument", "slice-literal-element");
	for (int i = nfixed; i < args->len; i++) {
		if (gd)
			argument(w, gd, ek, args->v[i], n, NULL, NULL);
		else
			expr(w, ek, args->v[i]); /* an element of the slice, not itself a parameter */
	}
}

static void call_builtin(EscWalker *w, EscHole *ks, int nks, Node *n, GoDefer *gd) {
	NodeVec *args = &n->call.args;
	EscHole k0 = nks > 0 ? ks[0] : esc_discard_hole(w);
	EscHole discard_k = esc_discard_hole(w);
	switch (n->call.builtin) {
	case BI_APPEND: {
		if (args->len == 0)
			return;
		EscHole appendee = k0;
		Type *st = under(args->v[0]->type);
		if (st && st->kind == TY_SLICE && esc_type_has_pointers(st->elem)) {
			EscHole both[2] = {k0, esc_deref(w, esc_heap_hole(w), n, "appendee slice")};
			appendee = esc_tee(w, both, 2);
		}
		argument(w, gd, appendee, args->v[0], n, NULL, NULL);
		if (n->flags & NF_DDD) {
			EscHole appended = discard_k;
			Type *t = args->len > 1 ? under(args->v[1]->type) : NULL;
			if (t && t->kind == TY_SLICE && esc_type_has_pointers(t->elem))
				appended = esc_deref(w, esc_heap_hole(w), n, "appended slice...");
			for (int i = 1; i < args->len; i++)
				argument(w, gd, appended, args->v[i], n, NULL, NULL);
		} else {
			for (int i = 1; i < args->len; i++)
				argument(w, gd, esc_heap_hole(w), args->v[i], n, NULL, NULL);
		}
		return;
	}
	case BI_COPY: {
		if (args->len < 2)
			return;
		argument(w, gd, discard_k, args->v[0], n, NULL, NULL);
		EscHole copied = discard_k;
		Type *t = under(args->v[1]->type);
		if (t && t->kind == TY_SLICE && esc_type_has_pointers(t->elem))
			copied = esc_deref(w, esc_heap_hole(w), n, "copied slice");
		argument(w, gd, copied, args->v[1], n, NULL, NULL);
		return;
	}
	case BI_PANIC:
		for (int i = 0; i < args->len; i++)
			argument(w, gd, esc_heap_hole(w), args->v[i], n, NULL, NULL);
		return;
	case BI_NEW:
		esc_spill(w, k0, n);
		return;
	case BI_MAKE: {
		Type *t = under(n->type);
		if (t && (t->kind == TY_SLICE || t->kind == TY_MAP))
			esc_spill(w, k0, n);
		for (int i = 1; i < args->len; i++)
			discard(w, args->v[i]);
		return;
	}
	default: /* len cap complex real imag delete print println recover close */
		for (int i = 0; i < args->len; i++)
			argument(w, gd, discard_k, args->v[i], n, NULL, NULL);
		return;
	}
}

/* gc 1.19 devirtualizes an interface call whose receiver is a local variable assigned once
 * from a concrete value (`var x I = T{}; x.M()` calls T.M on x.(T)) and says so under -m.
 * Returns true when the call was handled as the direct call it becomes. */
static bool devirtualize(EscWalker *w, EscHole *ks, int nks, Node *n, GoDefer *gd) {
	Node *sel = unparen(n->call.fn);
	Node *v = unparen(static_value(w, sel->sel.x));
	if (!v || v->kind != ND_CONVERT || !type_is_interface(v->type) || !v->conv.x ||
	    !v->conv.x->type || type_is_interface(v->conv.x->type))
		return false;
	Type *t = v->conv.x->type;
	Lookup lk = type_lookup(t, sel->sel.name);
	if (lk.kind != LOOKUP_METHOD || !lk.method)
		return false;
	bool partial = lk.owner && type_is_interface(lk.owner);
	if (w->b->m_level)
		diag_note(n->pos, "%sdevirtualizing %s to %s", partial ? "partially " : "",
		          ast_expr_string(sel), type_string(t));
	Func *fn = partial ? NULL : lk.method->fn;
	/* the receiver: x.(T), then the embedded fields on the method's path, then & or * */
	EscHole k = tag_hole(w, ks, nks, fn, 0, n, NULL);
	if (!partial) {
		bool want_ptr = lk.method->ptr_recv;
		Type *rt = t;
		for (int i = 0; i < lk.depth && rt; i++) {
			Type *st = under(is_kind(rt, TY_POINTER) ? under(rt)->elem : rt);
			if (!st || st->kind != TY_STRUCT || lk.path[i] >= st->fields.len)
				break;
			rt = st->fields.v[lk.path[i]].type;
		}
		if (want_ptr && !is_kind(rt, TY_POINTER))
			k = esc_addr(w, k, sel, "address-of");
		else if (!want_ptr && is_kind(rt, TY_POINTER))
			k = esc_deref(w, k, sel, "indirection");
	}
	k = esc_shift(k, field_path_derefs(t, &lk, lk.depth - 1));
	argument(w, gd, dot_type(w, k, t, sel, "dot"), sel->sel.x, n, NULL, NULL);
	Type *ft = fn ? fn->type : under(sel->type);
	call_args(w, ks, nks, n, fn, fn && fn->recv ? 1 : 0, ft && ft->kind == TY_FUNC ? ft : NULL, gd);
	return true;
}

/* ks[0..nks-1]: the holes receiving the call's results (nks == 0: results unused). */
static void call(EscWalker *w, EscHole *ks, int nks, Node *n, GoDefer *gd) {
	if (n->call.kind == CALL_BUILTIN) {
		call_builtin(w, ks, nks, n, gd);
		return;
	}
	Node *f = unparen(n->call.fn);
	if (n->call.kind == CALL_IFACE && devirtualize(w, ks, nks, n, gd))
		return;
	if (n->call.kind == CALL_CLOSURE && f && f->kind == ND_FUNCLIT && f->func.fn)
		esc_func(f->func.fn)->closure_called = true;
	bool recv_first = false;
	Func *fn = static_callee(w, n, &recv_first);
	Type *ft = fn ? fn->type : under(f ? f->type : NULL);
	if (ft && ft->kind != TY_FUNC)
		ft = NULL;

	/* a callee analysed together with the caller: its results flow to the call's holes */
	if (ks && fn && esc_func(fn)->in_batch)
		for (int i = 0; i < nks && i < fn->results.len; i++)
			esc_flow(w->b, ks[i], var_loc(w, fn->results.v[i]));

	int first = 0;
	switch (n->call.kind) {
	case CALL_METHOD:
	case CALL_IFACE:
		argument(w, gd, tag_hole(w, ks, nks, fn, 0, n, NULL), f->sel.x, n,
		         n->call.kind == CALL_METHOD ? f : NULL, n->call.recv_needs);
		first = fn && fn->recv ? 1 : 0;
		break;
	case CALL_CLOSURE:
		argument(w, gd, esc_discard_hole(w), n->call.fn, n, NULL, NULL);
		if (recv_first && fn && n->call.args.len > 0) {
			/* T.M(x, args): x is the receiver */
			argument(w, gd, tag_hole(w, ks, nks, fn, 0, n, NULL), n->call.args.v[0], n, NULL, NULL);
			NodeVec rest = {n->call.args.v + 1, n->call.args.len - 1, 0};
			NodeVec saved = {n->call.args.v, n->call.args.len, n->call.args.cap};
			n->call.args.v = rest.v;
			n->call.args.len = rest.len;
			call_args(w, ks, nks, n, fn, 1, ft, gd);
			n->call.args.v = saved.v;
			n->call.args.len = saved.len;
			return;
		}
		break;
	default:
		break;
	}
	call_args(w, ks, nks, n, fn, first, ft, gd);
}

/* go f(x) / defer f(x): the call runs later, through a wrapper closure holding copies of the
 * arguments. That closure lives on the heap for `go` and for a `defer` inside a loop; a
 * top-level defer keeps it in the frame. */
static void go_defer(EscWalker *w, Node *n) {
	Node *c = unparen(n->unary.x);
	GoDefer gd = {esc_heap_hole(w)};
	if (n->kind == ND_DEFER && w->loop_depth == 1) {
		gd.k = esc_later(w, esc_discard_hole(w));
		n->esc = w->b->off ? ESC_HEAP : ESC_NONE;
	} else {
		n->esc = ESC_HEAP;
	}
	if (!c || c->kind != ND_CALL)
		return;
	Type *ft = under(c->call.fn ? c->call.fn->type : NULL);
	bool plain = (c->call.kind == CALL_FUNC || c->call.kind == CALL_CLOSURE) && ft &&
	             ft->kind == TY_FUNC && ft->params.len == 0 && ft->results.len == 0;
	if (plain) {
		expr(w, gd.k, c->call.fn);
		return;
	}
	call(w, NULL, 0, c, &gd);
}

/* ---- assignments ---------------------------------------------------------------------------- */

/* The hole an assignment to `n` stores into (gc's "addr"): a local variable's location; the
 * heap for globals, stores through pointers, slice elements and map entries. */
static EscHole addr(EscWalker *w, Node *n) {
	n = unparen(n);
	if (!n)
		return esc_discard_hole(w);
	switch (n->kind) {
	case ND_IDENT: {
		Symbol *s = n->ident.sym;
		if (!s || !strcmp(n->ident.name, "_"))
			return esc_discard_hole(w);
		if (!is_local_var(s))
			return esc_heap_hole(w);
		return esc_hole(var_loc(w, s));
	}
	case ND_SELECTOR:
		if (n->sel.kind != SEL_FIELD)
			return esc_heap_hole(w);
		if (field_path_derefs(n->sel.x->type, &n->sel.lookup, n->sel.lookup.depth) > 0) {
			discard(w, n);
			return esc_heap_hole(w);
		}
		return addr(w, n->sel.x);
	case ND_INDEX: {
		Type *xt = under(n->index.x->type);
		if (xt && xt->kind == TY_MAP) {
			discard(w, n->index.x);
			assign_heap(w, n->index.index, "key of map put", n);
			return esc_heap_hole(w);
		}
		discard(w, n->index.index);
		if (xt && xt->kind == TY_ARRAY)
			return addr(w, n->index.x);
		discard(w, n->index.x);
		return esc_heap_hole(w);
	}
	case ND_STAR:
		discard(w, n);
		return esc_heap_hole(w);
	default:
		return esc_heap_hole(w);
	}
}

static bool same_safe_expr(Node *a, Node *b) {
	a = unparen(a);
	b = unparen(b);
	if (!a || !b || a->kind != b->kind)
		return false;
	switch (a->kind) {
	case ND_IDENT:
		return a->ident.sym && a->ident.sym == b->ident.sym;
	case ND_SELECTOR:
		return a->sel.kind == SEL_FIELD && b->sel.kind == SEL_FIELD &&
		       !strcmp(a->sel.name, b->sel.name) && same_safe_expr(a->sel.x, b->sel.x);
	case ND_STAR:
		return same_safe_expr(a->unary.x, b->unary.x);
	case ND_INDEX:
		return !is_kind(a->index.x->type, TY_MAP) && same_safe_expr(a->index.x, b->index.x) &&
		       same_safe_expr(a->index.index, b->index.index);
	case ND_BASICLIT:
		return a->lit.text && b->lit.text && !strcmp(a->lit.text, b->lit.text);
	default:
		return false;
	}
}

static bool may_affect_memory(Node *n) {
	n = unparen(n);
	if (!n || n->cval)
		return false;
	switch (n->kind) {
	case ND_IDENT:
	case ND_BASICLIT:
		return false;
	case ND_BINARY:
		return may_affect_memory(n->binary.x) || may_affect_memory(n->binary.y);
	case ND_INDEX:
		return is_kind(n->index.x->type, TY_MAP) || may_affect_memory(n->index.x) ||
		       may_affect_memory(n->index.index);
	case ND_CONVERT:
		return may_affect_memory(n->conv.x);
	case ND_UNARY:
		return n->unary.op == TK_ARROW || n->unary.op == TK_AND || may_affect_memory(n->unary.x);
	case ND_STAR:
		return may_affect_memory(n->unary.x);
	case ND_SELECTOR:
		return n->sel.kind != SEL_FIELD || may_affect_memory(n->sel.x);
	case ND_CALL:
		return !(n->call.kind == CALL_BUILTIN &&
		         (n->call.builtin == BI_LEN || n->call.builtin == BI_CAP)) ||
		       (n->call.args.len > 0 && may_affect_memory(n->call.args.v[0]));
	default:
		return true;
	}
}

/* The base pointer p of *p or p.f (through a pointer), if it is a plain name. */
static Node *deref_base_name(Node *n) {
	n = unparen(n);
	Node *x = NULL;
	if (n->kind == ND_STAR)
		x = n->unary.x;
	else if (n->kind == ND_SELECTOR && n->sel.kind == SEL_FIELD && is_kind(n->sel.x->type, TY_POINTER))
		x = n->sel.x;
	x = unparen(x);
	return x && x->kind == ND_IDENT ? x : NULL;
}

/* p.buf = p.buf[a:b] (gc: isSliceSelfAssign) and x.f = x.g, a[i] = a[j]: nothing new escapes. */
static bool is_self_assign(Node *dst, Node *src) {
	dst = unparen(dst);
	src = unparen(src);
	if (!dst || !src)
		return false;
	if (src->kind == ND_SLICE && !is_kind(src->slice.x->type, TY_ARRAY)) {
		Node *d = deref_base_name(dst), *s = deref_base_name(src->slice.x);
		if (d && s && d->ident.sym == s->ident.sym)
			return true;
	}
	if (dst->kind != src->kind)
		return false;
	if (dst->kind == ND_SELECTOR && dst->sel.kind == SEL_FIELD && src->sel.kind == SEL_FIELD) {
		bool dp = is_kind(dst->sel.x->type, TY_POINTER), sp = is_kind(src->sel.x->type, TY_POINTER);
		return dp == sp && same_safe_expr(dst->sel.x, src->sel.x);
	}
	if (dst->kind == ND_INDEX && !is_kind(dst->index.x->type, TY_MAP) &&
	    !is_kind(src->index.x->type, TY_MAP)) {
		if (may_affect_memory(dst->index.index) || may_affect_memory(src->index.index))
			return false;
		return same_safe_expr(dst->index.x, src->index.x);
	}
	return false;
}

/* Marks the assigned locations reassigned, except the variables this statement declares. */
static void mark_reassigned(EscHole *ks, Node **dsts, int n, bool is_range) {
	for (int i = 0; i < n; i++) {
		EscLoc *loc = ks[i].dst;
		if (!loc->var)
			continue;
		Node *d = unparen(dsts[i]);
		if (!is_range && d && d->kind == ND_IDENT && (d->flags & NF_DEFINE))
			continue;
		loc->reassigned = true;
	}
}

/* Where gc reports the implicit conversions of `lhs = rhs`: at the last variable name its
 * type checker visited on the left (`s[i] = x` is reported at i, `t.f = x` at t), a quirk
 * of its position bookkeeping that the tests' expectations record. */
static bool last_name_pos(Node *n, Pos *pos) {
	n = unparen(n);
	if (!n)
		return false;
	switch (n->kind) {
	case ND_IDENT:
		if (n->ident.sym && n->ident.sym->kind == SYM_VAR && strcmp(n->ident.name, "_")) {
			*pos = n->pos;
			return true;
		}
		return false;
	case ND_SELECTOR:
		return last_name_pos(n->sel.x, pos);
	case ND_STAR:
	case ND_UNARY:
		return last_name_pos(n->unary.x, pos);
	case ND_INDEX: {
		bool a = last_name_pos(n->index.x, pos);
		bool b = last_name_pos(n->index.index, pos);
		return a || b;
	}
	case ND_BINARY: {
		bool a = last_name_pos(n->binary.x, pos);
		bool b = last_name_pos(n->binary.y, pos);
		return a || b;
	}
	default:
		return false;
	}
}

/* dsts[i] = srcs[i] for every i (srcs may be shorter: comma-ok's second value has no flow). */
static void assign_list(EscWalker *w, Node **dsts, int nd, Node **srcs, int ns, const char *why,
                        Node *where, bool reassign) {
	EscHole *ks = xalloc(sizeof(EscHole) * (nd ? nd : 1));
	for (int i = 0; i < nd; i++) {
		Node *d = unparen(dsts[i]);
		if (d && d->kind == ND_IDENT && (d->flags & NF_DEFINE) && is_local_var(d->ident.sym))
			ks[i] = dcl(w, d->ident.sym);
		else
			ks[i] = addr(w, dsts[i]);
	}
	for (int i = 0; i < nd; i++) {
		Node *src = i < ns ? srcs[i] : NULL;
		EscHole k = ks[i];
		if (src && is_self_assign(dsts[i], src)) {
			if (w->b->m_level)
				diag_note(where->pos, "%s ignoring self-assignment in %s",
				          esc_func_display_name(w->fn), esc_node_text(where));
			k = esc_discard_hole(w);
		}
		Node *u = unparen(src);
		Pos pos;
		bool found = false;
		for (int j = 0; where->kind == ND_ASSIGN && where->assign.op == TK_ASSIGN && j < nd; j++)
			found |= last_name_pos(dsts[j], &pos);
		if (found && u && u->kind == ND_CONVERT && (u->flags & NF_IMPLICIT)) {
			w->conv_node = u;
			w->conv_pos = pos;
		}
		expr(w, esc_note(w, k, where, why), src);
		w->conv_node = NULL;
	}
	if (reassign)
		mark_reassigned(ks, dsts, nd, false);
}

/* a, b = f() and its := form: each result flows to its destination. */
static void assign_call(EscWalker *w, Node **dsts, int nd, Node *callee, Node *where) {
	EscHole *ks = xalloc(sizeof(EscHole) * (nd ? nd : 1));
	for (int i = 0; i < nd; i++) {
		Node *d = unparen(dsts[i]);
		if (d && d->kind == ND_IDENT && (d->flags & NF_DEFINE) && is_local_var(d->ident.sym))
			ks[i] = dcl(w, d->ident.sym);
		else
			ks[i] = addr(w, dsts[i]);
		ks[i] = esc_note(w, ks[i], where, "assign-pair-func-call");
	}
	call(w, ks, nd, callee, NULL);
	mark_reassigned(ks, dsts, nd, false);
}

static const char *comma_ok_why(Node *rhs) {
	rhs = unparen(rhs);
	if (rhs->kind == ND_INDEX)
		return "assign-pair-mapr";
	if (rhs->kind == ND_TYPEASSERT)
		return "assign-pair-dot-type";
	return "assign-pair-receive";
}

static void assign_stmt(EscWalker *w, Node *n) {
	NodeVec *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
	if (n->assign.op != TK_ASSIGN && n->assign.op != TK_DEFINE) { /* x op= y */
		assign_list(w, lhs->v, lhs->len, rhs->v, rhs->len, "assign", n, true);
		return;
	}
	if (lhs->len == rhs->len) {
		assign_list(w, lhs->v, lhs->len, rhs->v, rhs->len, lhs->len > 1 ? "assign-pair" : "assign",
		            n, true);
		return;
	}
	Node *r = rhs->len == 1 ? unparen(rhs->v[0]) : NULL;
	if (r && r->kind == ND_CALL && !(r->flags & NF_COMMA_OK)) {
		assign_call(w, lhs->v, lhs->len, r, n);
		return;
	}
	assign_list(w, lhs->v, lhs->len, rhs->v, rhs->len, r ? comma_ok_why(r) : "assign-pair", n, true);
}

/* var x, y T = a, b */
static void value_spec(EscWalker *w, Node *spec) {
	NodeVec *names = &spec->valuespec.names, *values = &spec->valuespec.values;
	for (int i = 0; i < names->len; i++) {
		Node *id = names->v[i];
		if (id->kind == ND_IDENT && is_local_var(id->ident.sym))
			dcl(w, id->ident.sym);
	}
	if (values->len == 0)
		return;
	Node *r = values->len == 1 ? unparen(values->v[0]) : NULL;
	if (names->len > 1 && r && r->kind == ND_CALL && !(r->flags & NF_COMMA_OK)) {
		EscHole *ks = xalloc(sizeof(EscHole) * names->len);
		for (int i = 0; i < names->len; i++)
			ks[i] = esc_note(w, addr(w, names->v[i]), spec, "assign-pair-func-call");
		call(w, ks, names->len, r, NULL);
		return;
	}
	const char *why = names->len > 1 ? (values->len == 1 ? comma_ok_why(r) : "assign-pair") : "assign";
	/* the declaration is the variables' defining assignment: not a reassignment */
	assign_list(w, names->v, names->len, values->v, values->len, why, spec, false);
}

/* ---- statements ----------------------------------------------------------------------------- */

static void block(EscWalker *w, NodeVec *list) {
	int saved = w->loop_depth;
	stmts(w, list);
	w->loop_depth = saved;
}

static void block_node(EscWalker *w, Node *n) {
	if (!n)
		return;
	int saved = w->loop_depth;
	if (n->kind == ND_BLOCK)
		stmts(w, &n->block.stmts);
	else
		stmt(w, n);
	w->loop_depth = saved;
}

static void return_stmt(EscWalker *w, Node *n) {
	Func *fn = w->fn;
	NodeVec *list = &n->list.list;
	if (list->len == 0)
		return;
	int nr = fn->results.len;
	Node *r = list->len == 1 ? unparen(list->v[0]) : NULL;
	if (nr > 1 && list->len == 1 && r && r->kind == ND_CALL) {
		EscHole *ks = xalloc(sizeof(EscHole) * nr);
		for (int i = 0; i < nr; i++)
			ks[i] = esc_note(w, esc_hole(var_loc(w, fn->results.v[i])), n, "return");
		call(w, ks, nr, r, NULL);
		return;
	}
	for (int i = 0; i < list->len && i < nr; i++)
		expr(w, esc_note(w, esc_hole(var_loc(w, fn->results.v[i])), n, "return"), list->v[i]);
}

static void range_stmt(EscWalker *w, Node *n) {
	EscLoc *tmp = esc_new_loc(w, NULL, NULL, false);
	expr(w, esc_hole(tmp), n->range.x);
	w->loop_depth++;
	Node *dsts[2] = {n->range.key, n->range.value};
	EscHole ks[2] = {addr(w, n->range.key), addr(w, n->range.value)};
	if (!n->range.value)
		ks[1] = esc_discard_hole(w);
	if (is_kind(n->range.x->type, TY_ARRAY))
		esc_flow(w->b, esc_note(w, ks[1], n, "range"), tmp);
	else
		esc_flow(w->b, esc_deref(w, ks[1], n, "range-deref"), tmp);
	mark_reassigned(ks, dsts, 2, true);
	block_node(w, n->range.body);
	w->loop_depth--;
}

static void type_switch(EscWalker *w, Node *n) {
	Node *guard = unparen(n->sw.tag);
	Node *x = guard && guard->kind == ND_TYPEASSERT ? guard->assert.x : guard;
	EscHole *ks = xalloc(sizeof(EscHole) * (n->sw.clauses.len + 1));
	int nk = 0;
	if (n->sw.bind) {
		for (int i = 0; i < n->sw.clauses.len; i++) {
			Node *cas = n->sw.clauses.v[i];
			Symbol *cv = cas->caseclause.bind;
			if (!cv)
				continue;
			EscHole k = dcl(w, cv);
			if (esc_type_has_pointers(cv->type))
				ks[nk++] = dot_type(w, k, cv->type, cas, "switch case");
		}
	}
	expr(w, esc_tee(w, ks, nk), x);
	for (int i = 0; i < n->sw.clauses.len; i++)
		block(w, &n->sw.clauses.v[i]->caseclause.body);
}

static int label_state(EscWalker *w, const char *name) {
	for (int i = 0; i < w->nlabels; i++)
		if (!strcmp(w->labels[i].name, name))
			return w->labels[i].state;
	return 0;
}

static void stmt(EscWalker *w, Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case ND_BLOCK:
		block(w, &n->block.stmts);
		break;
	case ND_EMPTY:
	case ND_BRANCH:
		break;
	case ND_EXPRSTMT: {
		Node *x = unparen(n->unary.x);
		if (x && x->kind == ND_CALL)
			call(w, NULL, 0, x, NULL);
		else
			discard(w, x);
		break;
	}
	case ND_SEND:
		discard(w, n->binary.x);
		assign_heap(w, n->binary.y, "send", n);
		break;
	case ND_INCDEC: {
		EscHole k = addr(w, n->incdec.x);
		mark_reassigned(&k, &n->incdec.x, 1, false);
		break;
	}
	case ND_ASSIGN:
		assign_stmt(w, n);
		break;
	case ND_GO:
	case ND_DEFER:
		go_defer(w, n);
		break;
	case ND_RETURN:
		return_stmt(w, n);
		break;
	case ND_IF:
		stmt(w, n->ifs.init);
		discard(w, n->ifs.cond);
		block_node(w, n->ifs.then);
		block_node(w, n->ifs.els);
		break;
	case ND_SWITCH:
		stmt(w, n->sw.init);
		discard(w, n->sw.tag);
		for (int i = 0; i < n->sw.clauses.len; i++) {
			discards(w, &n->sw.clauses.v[i]->caseclause.list);
			block(w, &n->sw.clauses.v[i]->caseclause.body);
		}
		break;
	case ND_TYPESWITCH:
		stmt(w, n->sw.init);
		type_switch(w, n);
		break;
	case ND_SELECT:
		for (int i = 0; i < n->sw.clauses.len; i++) {
			Node *cas = n->sw.clauses.v[i];
			stmt(w, cas->caseclause.comm);
			block(w, &cas->caseclause.body);
		}
		break;
	case ND_FOR:
		stmt(w, n->fors.init);
		w->loop_depth++;
		discard(w, n->fors.cond);
		stmt(w, n->fors.post);
		block_node(w, n->fors.body);
		w->loop_depth--;
		break;
	case ND_RANGE:
		range_stmt(w, n);
		break;
	case ND_LABELED:
		if (label_state(w, n->labeled.label) == 1)
			w->loop_depth++; /* a label some later goto jumps back to: a loop */
		stmt(w, n->labeled.stmt);
		break;
	case ND_DECLSTMT: {
		Node *g = n->unary.x;
		if (g && g->kind == ND_GENDECL && g->gendecl.tok == TK_VAR)
			for (int i = 0; i < g->gendecl.specs.len; i++)
				value_spec(w, g->gendecl.specs.v[i]);
		break;
	}
	default: /* an expression used as a statement by a later extension */
		discard(w, n);
		break;
	}
}

static void stmts(EscWalker *w, NodeVec *list) {
	for (int i = 0; i < list->len; i++)
		stmt(w, list->v[i]);
}

/* gc counts a label as a loop when a goto later in the function jumps back to it. */
static void scan_labels(EscWalker *w, Node *n);

static void scan_list(EscWalker *w, NodeVec *l) {
	for (int i = 0; i < l->len; i++)
		scan_labels(w, l->v[i]);
}

static void scan_labels(EscWalker *w, Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case ND_LABELED:
		if (w->nlabels < 64)
			w->labels[w->nlabels++].name = n->labeled.label, w->labels[w->nlabels - 1].state = 2;
		scan_labels(w, n->labeled.stmt);
		break;
	case ND_BRANCH:
		if (n->branch.tok == TK_GOTO && n->branch.label)
			for (int i = 0; i < w->nlabels; i++)
				if (!strcmp(w->labels[i].name, n->branch.label))
					w->labels[i].state = 1;
		break;
	case ND_BLOCK: scan_list(w, &n->block.stmts); break;
	case ND_IF: scan_labels(w, n->ifs.then); scan_labels(w, n->ifs.els); break;
	case ND_FOR: scan_labels(w, n->fors.body); break;
	case ND_RANGE: scan_labels(w, n->range.body); break;
	case ND_SWITCH:
	case ND_TYPESWITCH:
	case ND_SELECT:
		for (int i = 0; i < n->sw.clauses.len; i++)
			scan_list(w, &n->sw.clauses.v[i]->caseclause.body);
		break;
	default:
		break;
	}
}

/* ---- functions ------------------------------------------------------------------------------ */

static Node *func_body(Func *fn) {
	return fn->decl ? fn->decl->func.body : NULL;
}

static void walk_body(EscBatch *b, Func *fn) {
	EscWalker w = {.b = b, .fn = fn, .loop_depth = 1};
	Node *body = func_body(fn);
	if (!body)
		return;
	scan_labels(&w, body);
	if (body->kind == ND_BLOCK)
		stmts(&w, &body->block.stmts);
	else
		stmt(&w, body);
}

static void walk_literal(EscBatch *b, Func *fn) { walk_body(b, fn); }

void esc_walk_func(EscBatch *b, Func *fn) { walk_body(b, fn); }

/* gc initialises a package-level variable statically when its value is a constant, a
 * function literal, the address of a global or a composite literal (not a map) of such
 * values; only the other initialisations run in the package's init function, where escape
 * analysis sees (and reports) their allocations. */
static bool static_init(Node *n) {
	n = unparen(n);
	if (!n || n->cval)
		return true;
	switch (n->kind) {
	case ND_FUNCLIT:
		return true;
	case ND_IDENT:
		return !n->ident.sym || n->ident.sym->kind != SYM_VAR || n->ident.sym->is_global;
	case ND_UNARY:
		return n->unary.op == TK_AND && static_init(n->unary.x);
	case ND_CONVERT:
		return !is_string_conv(n->type, n->conv.x ? n->conv.x->type : NULL) &&
		       (n->conv.x && n->conv.x->cval);
	case ND_KEYVALUE:
		return static_init(n->binary.y);
	case ND_COMPOSITE:
		if (is_kind(n->type, TY_MAP))
			return false;
		for (int i = 0; i < n->comp.elts.len; i++)
			if (!static_init(n->comp.elts.v[i]))
				return false;
		return true;
	default:
		return false;
	}
}

/* One statement initialising globals: each dynamic value is stored into the heap. */
void esc_walk_global_init(EscBatch *b, Func *init, Node *stmt) {
	EscWalker w = {.b = b, .fn = init, .loop_depth = 1};
	NodeVec *values = stmt->kind == ND_ASSIGN ? &stmt->assign.rhs
	                  : stmt->kind == ND_VALUESPEC ? &stmt->valuespec.values : NULL;
	if (!values)
		return;
	bool multi = stmt->kind == ND_VALUESPEC && stmt->valuespec.names.len > values->len;
	for (int i = 0; i < values->len; i++)
		if (multi || !static_init(values->v[i])) /* var a, b = f(): always dynamic */
			expr(&w, esc_heap_hole(&w), values->v[i]);
}

/* After every function of the batch is walked, each closure's captured variables flow into
 * the closure record: by value when the variable is never reassigned after the capture, never
 * has its address taken and is at most 128 bytes; otherwise by reference (its address flows,
 * so a closure that escapes moves the variable to the heap). */
void esc_flow_closures(EscBatch *b) {
	for (int c = 0; c < b->nclosures; c++) {
		Node *lit = b->closures[c].lit;
		Func *fn = lit->func.fn;
		if (!fn)
			continue;
		EscWalker w = {.b = b, .fn = fn, .loop_depth = 1};
		for (int i = 0; i < fn->captures.len; i++) {
			Capture *cap = &fn->captures.v[i];
			EscLoc *loc = var_loc(&w, cap->var);
			bool by_value = !loc->addrtaken && !cap->var->addr_taken && !loc->reassigned &&
			                type_size(cap->var->type) <= 128;
			cap->by_ref = !by_value;
			if (!by_value)
				cap->var->captured_by_ref = true;
			if (b->m_level > 1)
				diag_note(cap->var->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
				          cap->var->func ? esc_func_display_name(cap->var->func) : "?", by_value ? "value" : "ref", cap->var->name,
				          (loc->addrtaken || cap->var->addr_taken) ? "true" : "false",
				          loc->reassigned ? "true" : "false", (long long)type_size(cap->var->type));
			EscHole k = b->closures[c].k;
			Node *use = b->m_level >= 2 ? esc_first_use(lit->func.body, cap->var) : NULL;
			if (!use)
				use = lit;
			if (!by_value)
				k = esc_addr(&w, k, use, "reference");
			esc_flow(b, esc_note(&w, k, use, "captured by a closure"), loc);
		}
	}
	b->nclosures = 0;
}
