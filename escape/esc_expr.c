/* esc_expr.c: expressions -> escape-graph edges (the statements are in esc_stmt.c, calls in
 * esc_call.c).
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

bool esc_type_has_pointers(Type *t) {
	if (!t || t->kind == TY_TUPLE)
		return true;
	return type_has_pointers(t);
}

Node *esc_unparen(Node *n) {
	while (n && n->kind == ND_PAREN)
		n = n->unary.x;
	return n;
}

Type *esc_under(Type *t) { return t ? type_under(t) : NULL; }

bool esc_is_kind(Type *t, TypeKind k) {
	t = esc_under(t);
	return t && t->kind == k;
}

void esc_discard(EscWalker *w, Node *n) { esc_expr(w, esc_discard_hole(w), n); }

void esc_discards(EscWalker *w, NodeVec *list) {
	for (int i = 0; i < list->len; i++)
		esc_discard(w, list->v[i]);
}

/* An operand of a comparison (or a switch case value) compared with an interface: gc 1.19
 * compares without boxing it, so the implicit conversion is no allocation site. */
void esc_discard_compared(EscWalker *w, Node *n) {
	Node *u = esc_unparen(n);
	if (u && u->kind == ND_CONVERT && (u->flags & NF_IMPLICIT) && type_is_interface(u->type) &&
	    u->conv.x && u->conv.x->type && !type_is_interface(u->conv.x->type)) {
		u->esc = w->b->off ? ESC_HEAP : ESC_NONE;
		esc_discard(w, u->conv.x);
		return;
	}
	esc_discard(w, n);
}

void esc_assign_heap(EscWalker *w, Node *src, const char *why, Node *where) {
	esc_expr(w, esc_note(w, esc_heap_hole(w), where, why), src);
}

/* The location of a local variable, made on first sight when the checker did not list it
 * (for instance a type switch's per-clause variable). */
EscLoc *esc_loc_of(EscWalker *w, Symbol *var) {
	EscLoc *loc = esc_var_loc(var);
	if (!loc) {
		int saved = w->loop_depth;
		w->loop_depth = 1;
		loc = esc_new_loc(w, var, NULL, false);
		w->loop_depth = saved;
	}
	return loc;
}

bool esc_is_local_var(Symbol *s) { return s && s->kind == SYM_VAR && !s->is_global; }

/* ---- the location a declaration makes ------------------------------------------------------ */

/* A declaration (var x, x :=) fixes the variable's loop depth where it is executed. */
EscHole esc_dcl(EscWalker *w, Symbol *var) {
	EscLoc *loc = esc_loc_of(w, var);
	loc->loop_depth = w->loop_depth;
	return esc_hole(loc);
}

/* ---- selectors ------------------------------------------------------------------------------ */

/* How many pointers x.f follows: one per pointer met along the path of embedded fields. */
int esc_field_path_derefs(Type *t, const Lookup *lk, int upto) {
	int derefs = 0;
	for (int i = 0; i <= upto && t; i++) {
		if (esc_is_kind(t, TY_POINTER)) {
			derefs++;
			t = esc_under(t)->elem;
		}
		Type *st = esc_under(t);
		int idx = i < lk->depth ? lk->path[i] : lk->index;
		if (!st || st->kind != TY_STRUCT || idx < 0 || idx >= st->fields.len)
			return derefs;
		t = st->fields.v[idx].type;
	}
	return derefs;
}

static EscHole field_hole(EscWalker *w, EscHole k, Node *n) {
	int derefs = esc_field_path_derefs(n->sel.x->type, &n->sel.lookup, n->sel.lookup.depth);
	if (derefs == 0)
		return esc_note(w, k, n, "dot");
	for (int i = 0; i < derefs; i++)
		k = esc_deref(w, k, n, "dot of pointer");
	return k;
}

/* A method's receiver is x.path (promoted through embedded fields), then &x or *x as the
 * method wants: the value the callee receives. */
EscHole esc_recv_hole(EscWalker *w, EscHole k, Node *sel, Type *needs) {
	const Lookup *lk = &sel->sel.lookup;
	Type *t = sel->sel.x->type;
	int derefs = 0;
	for (int i = 0; i < lk->depth && t; i++) {
		if (esc_is_kind(t, TY_POINTER)) {
			derefs++;
			t = esc_under(t)->elem;
		}
		Type *st = esc_under(t);
		if (!st || st->kind != TY_STRUCT || lk->path[i] >= st->fields.len)
			break;
		t = st->fields.v[lk->path[i]].type;
	}
	bool want_ptr = needs ? esc_is_kind(needs, TY_POINTER) : (lk->method && lk->method->ptr_recv);
	bool have_ptr = esc_is_kind(t, TY_POINTER);
	if (want_ptr && !have_ptr)
		k = esc_addr(w, k, sel, "address-of");
	for (int i = 0; i < derefs; i++)
		k = esc_deref(w, k, sel, "dot of pointer");
	if (!want_ptr && have_ptr)
		k = esc_deref(w, k, sel, "indirection");
	return k;
}

Func *esc_method_func(Node *sel) {
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
EscHole esc_tag_hole(EscWalker *w, EscHole *ks, int nks, Func *fn, int i, Node *call_n, Type *ptype) {
	EscLeaks l;
	if (fn && !fn->decl && fn->recv_type) { /* testing.(*B).Run ...: a runtime method */
		l = esc_extern_method_summary(fn, i);
	} else if (fn && fn->decl && !fn->decl->func.body) {
		l = esc_bodiless_summary(fn, i, ptype);
	} else if (fn) {
		EscFunc *ef = esc_func(fn);
		if (ef->in_batch) {
			Symbol *p = param_sym(fn, i);
			if (!p || !strcmp(p->name, "_"))
				return esc_discard_hole(w);
			return esc_hole(esc_loc_of(w, p));
		}
		if (!ef->tagged)
			return esc_heap_hole(w);
		l = *esc_param_summary(fn, i);
	} else if (call_n && call_n->call.kind == CALL_EXTERN) {
		l = esc_extern_summary(ptype);
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
	Type *t = esc_under(n->type);
	NodeVec *elts = &n->comp.elts;
	if (t && t->kind == TY_POINTER) { /* an elided &T{...} inside a literal of []*T */
		k = esc_spill(w, k, n);
		t = esc_under(t->elem);
	}
	if (t && t->kind == TY_MAP) {
		esc_spill(w, k, n);
		for (int i = 0; i < elts->len; i++) {
			Node *e = elts->v[i];
			if (e->kind == ND_KEYVALUE) {
				esc_assign_heap(w, e->binary.x, "map literal key", n);
				esc_assign_heap(w, e->binary.y, "map literal value", n);
			} else {
				esc_assign_heap(w, e, "map literal value", n);
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
		esc_expr(w, esc_note(w, k, n, why), e);
	}
}

void esc_walk_literal(EscBatch *b, Func *fn);

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
		EscLoc *loc = esc_loc_of(w, fn->captures.v[i].var);
		if (!loc->captured) {
			loc->captured = true;
			/* assignments before the capture at the same loop depth do not force a reference */
			if (loc->loop_depth == w->loop_depth)
				loc->reassigned = false;
		}
	}
	esc_walk_literal(b, fn);
}

/* x.M used as a value: a closure record holding the receiver. */
static void method_value(EscWalker *w, EscHole k, Node *n) {
	EscHole closure_k = esc_spill(w, k, n);
	Func *fn = esc_method_func(n);
	EscHole ks[ESC_NUM_RESULTS];
	int nres = 0;
	Type *sig = n->type ? esc_under(n->type) : NULL;
	for (int i = 0; sig && i < sig->results.len && i < ESC_NUM_RESULTS; i++)
		ks[nres++] = esc_heap_hole(w);
	EscHole param_k = fn && fn->recv ? esc_tag_hole(w, ks, nres, fn, 0, NULL, NULL) : esc_heap_hole(w);
	EscHole both[2] = {param_k, closure_k};
	EscHole tk = esc_tee(w, both, 2);
	esc_expr(w, esc_recv_hole(w, tk, n, NULL), n->sel.x);
}

static void selector(EscWalker *w, EscHole k, Node *n) {
	switch (n->sel.kind) {
	case SEL_FIELD: esc_expr(w, field_hole(w, k, n), n->sel.x); break;
	case SEL_METHOD:
	case SEL_IFACE_METHOD: method_value(w, k, n); break;
	case SEL_QUALIFIED:
	case SEL_METHOD_EXPR:
	case SEL_NONE: break;
	}
}

static void index_expr(EscWalker *w, EscHole k, Node *n) {
	Type *xt = esc_under(n->index.x->type);
	if (xt && xt->kind == TY_MAP) {
		esc_discard(w, n->index.x);
	} else if (xt && xt->kind == TY_ARRAY) {
		esc_expr(w, esc_note(w, k, n, "fixed-array-index-of"), n->index.x);
	} else {
		esc_expr(w, esc_deref(w, k, n, "dot of pointer"), n->index.x);
	}
	esc_discard(w, n->index.index);
}

static void slice_expr(EscWalker *w, EscHole k, Node *n) {
	k = esc_note(w, k, n, "slice");
	if (esc_is_kind(n->slice.x->type, TY_ARRAY)) /* a[i:j] slices &a */
		k = esc_addr(w, k, n, "address-of");
	esc_expr(w, k, n->slice.x);
	esc_discard(w, n->slice.lo);
	esc_discard(w, n->slice.hi);
	esc_discard(w, n->slice.max);
}

/* x.(T): when T is stored indirectly in an interface, the value is one dereference away. */
EscHole esc_dot_type(EscWalker *w, EscHole k, Type *t, Node *where, const char *why) {
	if (t && !type_is_interface(t) && !type_is_direct_iface(t))
		k = esc_shift(k, 1);
	return esc_note(w, k, where, why);
}

bool esc_is_string_conv(Type *to, Type *from) {
	Type *tu = esc_under(to), *fu = esc_under(from);
	if (!tu || !fu)
		return false;
	if (tu->kind == TY_STRING)
		return fu->kind == TY_SLICE || type_is_integer(fu);
	return tu->kind == TY_SLICE && fu->kind == TY_STRING;
}

/* gc's unsafeValue: unsafe.Pointer(u), u a uintptr expression, follows u's arithmetic back to
 * the unsafe.Pointers converted into it, so `unsafe.Pointer(uintptr(unsafe.Pointer(&x)) + 1)`
 * carries &x; any other uintptr (a variable, a parameter, a call's result) carries nothing:
 *     func f(u uintptr) unsafe.Pointer { return unsafe.Pointer(u) }   // no flow
 * (Everywhere else a uintptr, like any value without pointers, flows nowhere: esc_expr.) */
static void unsafe_value(EscWalker *w, EscHole k, Node *n) {
	switch (n->kind) {
	case ND_PAREN: unsafe_value(w, k, n->unary.x); return;
	case ND_CONVERT:
		if (n->conv.x && esc_is_kind(n->conv.x->type, TY_UNSAFE_POINTER))
			esc_expr(w, k, n->conv.x);
		else
			esc_discard(w, n->conv.x);
		return;
	case ND_UNARY:
		unsafe_value(w, k, n->unary.x); /* + - ^ */
		return;
	case ND_BINARY:
		unsafe_value(w, k, n->binary.x);
		if (n->binary.op == TK_SHL || n->binary.op == TK_SHR)
			esc_discard(w, n->binary.y); /* a shift count holds no address */
		else
			unsafe_value(w, k, n->binary.y);
		return;
	default: esc_discard(w, n);
	}
}

static void convert(EscWalker *w, EscHole k, Node *n) {
	Node *x = n->conv.x;
	Type *to = n->type, *from = x ? x->type : NULL;
	if (x && x->cval && !type_is_interface(to) && !esc_is_string_conv(to, from))
		return;
	if (esc_is_kind(to, TY_UNSAFE_POINTER) && from && type_is_integer(from)) {
		unsafe_value(w, k, x);
		return;
	}
	if (type_is_interface(to) && from && !type_is_interface(from) && from->kind != TY_UNTYPED_NIL) {
		if (!type_is_direct_iface(from))
			k = esc_spill(w, k, n);
		esc_expr(w, esc_note(w, k, n, "interface-converted"), x);
	} else if (esc_is_string_conv(to, from)) {
		esc_spill(w, k, n);
		esc_discard(w, x);
	} else {
		esc_expr(w, k, x);
	}
}

/* a + b + c on strings is one concatenation (one site): only the outermost `+` allocates. */
static bool is_string_add(Node *n) {
	n = esc_unparen(n);
	return n && n->kind == ND_BINARY && n->binary.op == TK_ADD && !n->cval && type_is_string(n->type);
}

static void string_add_operands(EscWalker *w, Node *n, Node *site) {
	Node *u = esc_unparen(n);
	if (is_string_add(u)) {
		/* an inner `+` only feeds the outer concatenation, which copies it: its buffer
		 * never outlives the expression */
		u->esc = w->b->off ? ESC_HEAP : ESC_NONE;
		string_add_operands(w, u->binary.x, site);
		string_add_operands(w, u->binary.y, site);
		return;
	}
	esc_discard(w, n);
}

static void unary(EscWalker *w, EscHole k, Node *n) {
	Node *x = n->unary.x;
	switch (n->unary.op) {
	case TK_AND:
		if (esc_unparen(x) && esc_unparen(x)->kind == ND_COMPOSITE)
			esc_expr(w, esc_spill(w, k, n), esc_unparen(x)); /* &T{...} */
		else
			esc_expr(w, esc_addr(w, k, n, "address-of"), x);
		break;
	default: /* + - ! ^ <- */ esc_discard(w, x); break;
	}
}

/* One result of a multi-value call passed whole to a builtin (copy(f())): the builtin's walk
 * meets the results in order, each with its own hole; at the last one the call is walked once,
 * its results flowing to those holes. */
static void call_result(EscWalker *w, EscHole k, Node *n) {
	Node *call = n->result.call;
	int nres = call->type->elems.len;
	if (n->result.index == 0)
		w->result_holes = xalloc(sizeof(EscHole) * (size_t)nres);
	if (!w->result_holes)
		return; /* not met in order: the call's sites keep ESC_UNKNOWN (heap) */
	w->result_holes[n->result.index] = k;
	if (n->result.index < nres - 1)
		return;
	EscHole *ks = w->result_holes;
	w->result_holes = NULL;
	esc_call(w, ks, nres, call, NULL);
}

void esc_expr(EscWalker *w, EscHole k, Node *n) {
	if (!n || (n->flags & NF_TYPE))
		return;
	/* values without pointers cannot make anything escape: drop the flow (not an address) */
	if (k.derefs >= 0 && n->type && !type_is_untyped(n->type) && !esc_type_has_pointers(n->type))
		k.dst = &w->b->blank;
	switch (n->kind) {
	case ND_IDENT:
		if (esc_is_local_var(n->ident.sym))
			esc_flow(w->b, k, esc_loc_of(w, n->ident.sym));
		break;
	case ND_BASICLIT: break;
	case ND_PAREN: esc_expr(w, k, n->unary.x); break;
	case ND_COMPOSITE: composite(w, k, n); break;
	case ND_FUNCLIT: funclit(w, k, n); break;
	case ND_SELECTOR: selector(w, k, n); break;
	case ND_INDEX: index_expr(w, k, n); break;
	case ND_SLICE: slice_expr(w, k, n); break;
	case ND_TYPEASSERT: esc_expr(w, esc_dot_type(w, k, n->type, n, "dot"), n->assert.x); break;
	case ND_CALL: esc_call(w, &k, 1, n, NULL); break;
	case ND_STAR: esc_expr(w, esc_deref(w, k, n, "indirection"), n->unary.x); break;
	case ND_UNARY: unary(w, k, n); break;
	case ND_BINARY:
		if (n->cval)
			break;
		if (is_string_add(n)) {
			esc_spill(w, k, n);
			string_add_operands(w, n->binary.x, n);
			string_add_operands(w, n->binary.y, n);
		} else {
			esc_discard_compared(w, n->binary.x);
			esc_discard_compared(w, n->binary.y);
		}
		break;
	case ND_KEYVALUE: esc_expr(w, k, n->binary.y); break;
	case ND_CONVERT: convert(w, k, n); break;
	case ND_RESULT: call_result(w, k, n); break;
	case ND_INLCALL: /* the inlined body (inline/), then its result variable */
		esc_call(w, &k, 1, n, NULL);
		break;
	default:
		/* a kind this analysis does not model: its allocation sites keep ESC_UNKNOWN (heap) */
		break;
	}
}
