/* esc_call.c: calls -> escape-graph edges.
 *
 * input: ND_CALL nodes, go and defer statements.  output: edges from each argument to where the
 * callee sends it: the callee's own parameter locations when it is analysed in the same batch,
 * the holes its summary names otherwise (esc_leaks.c), the heap for unknown callees (calls
 * through interfaces and func values gc cannot resolve). Builtins have rules of their own
 * (append stores its arguments in the heap, copy reads, panic leaks, new and make allocate).
 */
#include "esc_internal.h"

#include <string.h>

/* ---- calls ---------------------------------------------------------------------------------- */

static bool wrappable(Node *arg) {
	Node *a = esc_unparen(arg);
	if (!a || a->cval || (a->flags & NF_TYPE))
		return false;
	if (a->kind == ND_IDENT && a->ident.sym && a->ident.sym->kind != SYM_VAR)
		return false;
	if (a->kind == ND_SELECTOR && a->sel.kind == SEL_METHOD_EXPR)
		return false;
	return true;
}

/* The position gc gives a value's boxing when the value is a plain variable: gc's checker does
 * not move its current position for a name, so the conversion takes the position of the last
 * argument before it that is not a name, or the call's when there is none:
 *     fmt.Printf("%d %d\n", x, y)    x and y escape at "%d %d\n"
 *     fmt.Println(n, m)              n and m escape at the call's ( */
static Pos name_box_pos(Node *arg, Node *call_n) {
	Pos p = call_n->pos;
	NodeVec *args = &call_n->call.args;
	for (int i = 0; i < args->len && args->v[i] != arg; i++) {
		Node *a = esc_unparen(args->v[i]);
		if (a && a->kind == ND_CONVERT && (a->flags & NF_IMPLICIT))
			a = esc_unparen(a->conv.x);
		if (a && a->kind != ND_IDENT)
			p = a->pos;
	}
	return p;
}

void esc_box_position(EscWalker *w, Node *arg, Node *call_n) {
	Node *a = esc_unparen(arg);
	if (a && a->kind == ND_CONVERT && (a->flags & NF_IMPLICIT) && type_is_interface(a->type)) {
		Node *x = esc_unparen(a->conv.x);
		if (x && x->kind == ND_IDENT && esc_is_local_var(x->ident.sym)) {
			w->conv_node = a;
			w->conv_pos = name_box_pos(arg, call_n);
		}
	}
}

/* One argument going into hole k. Under go/defer the argument is first copied into the
 * wrapper closure, whose storage lives in gd->k (the heap for `go`). recv_sel: the receiver of
 * a method call, with the automatic & or * and embedded path applied. */
static void argument(EscWalker *w, EscGoDefer *gd, EscHole k, Node *arg, Node *call_n, Node *recv_sel,
		     Type *recv_needs) {
	k = esc_note(w, k, call_n, "call parameter");
	esc_box_position(w, arg, call_n);
	if (gd && wrappable(arg)) {
		EscLoc *tmp = esc_new_loc(w, NULL, NULL, false);
		EscHole tk = esc_hole(tmp);
		esc_expr(w, recv_sel ? esc_recv_hole(w, tk, recv_sel, recv_needs) : tk, arg);
		esc_flow(w->b, esc_note(w, gd->k, call_n, "captured by a closure"), tmp);
		esc_flow(w->b, k, tmp);
		w->conv_node = NULL;
		return;
	}
	esc_expr(w, recv_sel ? esc_recv_hole(w, k, recv_sel, recv_needs) : k, arg);
	w->conv_node = NULL;
}

/* gc 1.19 resolves a call through a local variable that is assigned once (its declaration) and
 * never has its address taken to the function or literal it holds (ir.StaticValue). */
static Node *static_value(EscWalker *w, Node *n) {
	for (int guard = 0; guard < 16; guard++) {
		n = esc_unparen(n);
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
		Node *id = esc_unparen(f);
		if (id->kind == ND_IDENT && id->ident.sym)
			return id->ident.sym->func;
		if (id->kind == ND_SELECTOR && id->sel.sym)
			return id->sel.sym->func;
		return NULL;
	}
	case CALL_METHOD: return esc_method_func(esc_unparen(f));
	case CALL_CLOSURE: {
		Node *v = static_value(w, f);
		if (v && v->kind == ND_FUNCLIT)
			return v->func.fn;
		if (v && v->kind == ND_IDENT && v->ident.sym && v->ident.sym->kind == SYM_FUNC)
			return v->ident.sym->func;
		if (v && v->kind == ND_SELECTOR && v->sel.kind == SEL_METHOD_EXPR) {
			*recv_first = true;
			return esc_method_func(v);
		}
		return NULL;
	}
	default: return NULL;
	}
}

/* The arguments of call n (args[0..nargs-1]: those after a receiver passed separately) to a
 * function value, a function or a method, in parameter order; parameter first_param of fn
 * receives args[0]. */
/* go/defer f([]T{a, b}): the literal belongs to the call (esc_peeled_literal); its elements are
 * what the wrapper captures. */
static void peeled_literal(EscWalker *w, EscGoDefer *gd, EscHole k, Node *lit, Node *call_n) {
	EscHole ek = esc_note(w, esc_spill(w, k, lit), lit, "slice-literal-element");
	for (int i = 0; i < lit->comp.elts.len; i++) {
		Node *e = lit->comp.elts.v[i];
		argument(w, gd, ek, e->kind == ND_KEYVALUE ? e->binary.y : e, call_n, NULL, NULL);
	}
}

static void call_args(EscWalker *w, EscHole *ks, int nks, Node *n, Node **argv, int nargs, Func *fn,
		      int first_param, Type *ft, EscGoDefer *gd) {
	struct {
		Node **v;
		int len;
	} a = {argv, nargs}, *args = &a;
	int np = ft ? ft->params.len : args->len;
	bool implicit_ddd = ft && ft->variadic && !(n->flags & NF_DDD);
	int nfixed = implicit_ddd ? np - 1 : np;
	for (int i = 0; i < nfixed && i < args->len; i++) {
		Type *pt = ft ? ft->params.v[i] : NULL;
		EscHole k = esc_tag_hole(w, ks, nks, fn, first_param + i, n, pt);
		Node *lit = gd ? esc_peeled_literal(args->v[i], pt) : NULL;
		if (lit)
			peeled_literal(w, gd, esc_note(w, k, n, "call parameter"), lit, n);
		else
			argument(w, gd, k, args->v[i], n, NULL, NULL);
	}
	if (!implicit_ddd)
		return;
	/* f(a, b, c) for f(xs ...T): the arguments go into an implicit slice, "... argument" */
	EscHole pk = esc_note(w, esc_tag_hole(w, ks, nks, fn, first_param + np - 1, n, ft->params.v[np - 1]),
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
		else {
			esc_box_position(w, args->v[i], n);
			esc_expr(w, ek, args->v[i]); /* an element of the slice, not itself a parameter */
			w->conv_node = NULL;
		}
	}
}

static void call_builtin(EscWalker *w, EscHole *ks, int nks, Node *n, EscGoDefer *gd) {
	NodeVec *args = &n->call.args;
	EscHole k0 = nks > 0 ? ks[0] : esc_discard_hole(w);
	EscHole discard_k = esc_discard_hole(w);
	switch (n->call.builtin) {
	case BI_APPEND: {
		if (args->len == 0)
			return;
		EscHole appendee = k0;
		Type *st = esc_under(args->v[0]->type);
		if (st && st->kind == TY_SLICE && esc_type_has_pointers(st->elem)) {
			EscHole both[2] = {k0, esc_deref(w, esc_heap_hole(w), n, "appendee slice")};
			appendee = esc_tee(w, both, 2);
		}
		argument(w, gd, appendee, args->v[0], n, NULL, NULL);
		if (n->flags & NF_DDD) {
			EscHole appended = discard_k;
			Type *t = args->len > 1 ? esc_under(args->v[1]->type) : NULL;
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
		Type *t = esc_under(args->v[1]->type);
		if (t && t->kind == TY_SLICE && esc_type_has_pointers(t->elem))
			copied = esc_deref(w, esc_heap_hole(w), n, "copied slice");
		argument(w, gd, copied, args->v[1], n, NULL, NULL);
		return;
	}
	case BI_PANIC:
		for (int i = 0; i < args->len; i++)
			argument(w, gd, esc_heap_hole(w), args->v[i], n, NULL, NULL);
		return;
	case BI_NEW: esc_spill(w, k0, n); return;
	case BI_MAKE: {
		Type *t = esc_under(n->type);
		if (t && (t->kind == TY_SLICE || t->kind == TY_MAP))
			esc_spill(w, k0, n);
		for (int i = 1; i < args->len; i++)
			esc_discard(w, args->v[i]);
		return;
	}
	case BI_UNSAFE_ADD:
	case BI_UNSAFE_SLICE: /* the result points where the pointer did */
		argument(w, gd, k0, args->v[0], n, NULL, NULL);
		argument(w, gd, discard_k, args->v[1], n, NULL, NULL);
		return;
	default: /* len cap complex real imag delete print println recover close, unsafe.Sizeof... */
		for (int i = 0; i < args->len; i++)
			argument(w, gd, discard_k, args->v[i], n, NULL, NULL);
		return;
	}
}

/* gc 1.19 devirtualizes an interface call whose receiver is a local variable assigned once
 * from a concrete value (`var x I = T{}; x.M()` calls T.M on x.(T)) and says so under -m.
 * Returns true when the call was handled as the direct call it becomes. */
static bool devirtualize(EscWalker *w, EscHole *ks, int nks, Node *n, EscGoDefer *gd) {
	Node *sel = esc_unparen(n->call.fn);
	Node *v = esc_unparen(static_value(w, sel->sel.x));
	if (!v || v->kind != ND_CONVERT || !type_is_interface(v->type) || !v->conv.x || !v->conv.x->type ||
	    type_is_interface(v->conv.x->type))
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
	EscHole k = esc_tag_hole(w, ks, nks, fn, 0, n, NULL);
	if (!partial) {
		bool want_ptr = lk.method->ptr_recv;
		Type *rt = t;
		for (int i = 0; i < lk.depth && rt; i++) {
			Type *st = esc_under(esc_is_kind(rt, TY_POINTER) ? esc_under(rt)->elem : rt);
			if (!st || st->kind != TY_STRUCT || lk.path[i] >= st->fields.len)
				break;
			rt = st->fields.v[lk.path[i]].type;
		}
		if (want_ptr && !esc_is_kind(rt, TY_POINTER))
			k = esc_addr(w, k, sel, "address-of");
		else if (!want_ptr && esc_is_kind(rt, TY_POINTER))
			k = esc_deref(w, k, sel, "indirection");
	}
	k = esc_shift(k, esc_field_path_derefs(t, &lk, lk.depth - 1));
	argument(w, gd, esc_dot_type(w, k, t, sel, "dot"), sel->sel.x, n, NULL, NULL);
	Type *ft = fn ? fn->type : esc_under(sel->type);
	call_args(w, ks, nks, n, n->call.args.v, n->call.args.len, fn, fn && fn->recv ? 1 : 0,
		  ft && ft->kind == TY_FUNC ? ft : NULL, gd);
	return true;
}

/* ks[0..nks-1]: the holes receiving the call's results (nks == 0: results unused). */
/* A call inlined at Go level (inline/): its body, then each result variable into its hole. */
static void inlined_call(EscWalker *w, EscHole *ks, int nks, Node *n) {
	Node *spec = w->arg_spec, *call = w->arg_call;
	w->arg_spec = n->inl.params, w->arg_call = n->inl.call;
	esc_stmt_list(w, &n->inl.body);
	w->arg_spec = spec, w->arg_call = call;
	for (int i = 0; i < n->inl.results.len; i++)
		esc_expr(w, i < nks ? ks[i] : esc_discard_hole(w), n->inl.results.v[i]);
}

void esc_call(EscWalker *w, EscHole *ks, int nks, Node *n, EscGoDefer *gd) {
	if (n->kind == ND_INLCALL) {
		inlined_call(w, ks, nks, n);
		return;
	}
	if (n->call.kind == CALL_BUILTIN) {
		call_builtin(w, ks, nks, n, gd);
		return;
	}
	Node *f = esc_unparen(n->call.fn);
	if (n->call.kind == CALL_IFACE && devirtualize(w, ks, nks, n, gd))
		return;
	if (n->call.kind == CALL_CLOSURE && f && f->kind == ND_FUNCLIT && f->func.fn)
		esc_func(f->func.fn)->closure_called = true;
	bool recv_first = false;
	Func *fn = static_callee(w, n, &recv_first);
	Type *ft = fn ? fn->type : esc_under(f ? f->type : NULL);
	if (ft && ft->kind != TY_FUNC)
		ft = NULL;

	/* a callee analysed together with the caller: its results flow to the call's holes */
	if (ks && fn && esc_func(fn)->in_batch)
		for (int i = 0; i < nks && i < fn->results.len; i++)
			esc_flow(w->b, ks[i], esc_loc_of(w, fn->results.v[i]));

	int first = 0;
	switch (n->call.kind) {
	case CALL_METHOD:
	case CALL_IFACE:
		argument(w, gd, esc_tag_hole(w, ks, nks, fn, 0, n, NULL), f->sel.x, n,
			 n->call.kind == CALL_METHOD ? f : NULL, n->call.recv_needs);
		first = fn && fn->recv ? 1 : 0;
		break;
	case CALL_CLOSURE:
		argument(w, gd, esc_discard_hole(w), n->call.fn, n, NULL, NULL);
		if (recv_first && fn && n->call.args.len > 0) {
			/* T.M(x, args): x is the receiver */
			argument(w, gd, esc_tag_hole(w, ks, nks, fn, 0, n, NULL), n->call.args.v[0], n, NULL,
				 NULL);
			call_args(w, ks, nks, n, n->call.args.v + 1, n->call.args.len - 1, fn, 1, ft, gd);
			return;
		}
		break;
	default: break;
	}
	call_args(w, ks, nks, n, n->call.args.v, n->call.args.len, fn, first, ft, gd);
}

/* go f(x) / defer f(x): the call runs later, through a wrapper closure holding copies of the
 * arguments. That closure lives on the heap for `go` and for a `defer` inside a loop; a
 * top-level defer keeps it in the frame. */
void esc_go_defer(EscWalker *w, Node *n) {
	Node *c = esc_unparen(n->unary.x);
	EscGoDefer gd = {esc_heap_hole(w)};
	if (n->kind == ND_DEFER && w->loop_depth == 1) {
		gd.k = esc_later(w, esc_discard_hole(w));
		n->esc = w->b->off ? ESC_HEAP : ESC_NONE;
	} else {
		n->esc = ESC_HEAP;
	}
	if (!c || c->kind != ND_CALL)
		return;
	Type *ft = esc_under(c->call.fn ? c->call.fn->type : NULL);
	bool plain = (c->call.kind == CALL_FUNC || c->call.kind == CALL_CLOSURE) && ft &&
		     ft->kind == TY_FUNC && ft->params.len == 0 && ft->results.len == 0;
	if (plain) {
		esc_expr(w, gd.k, c->call.fn);
		return;
	}
	esc_call(w, NULL, 0, c, &gd);
}
