/* esc_stmt.c: statements and whole functions -> escape-graph edges.
 *
 * input: a function body (and the initialisers of package-level variables).  output: edges for
 * assignments (stores into locals keep their location, stores through pointers, into map
 * entries and globals go to the heap), returns (into the result locations), range loops, type
 * switches, the loop depth of every declaration, and the closures' captures (by value or by
 * reference), connected once the whole batch has been walked.
 */
#include "esc_internal.h"

#include <string.h>

static void stmt(EscWalker *w, Node *n);
static void stmts(EscWalker *w, NodeVec *list);

/* ---- assignments ---------------------------------------------------------------------------- */

/* The hole an assignment to `n` stores into (gc's "addr"): a local variable's location; the
 * heap for globals, stores through pointers, slice elements and map entries. */
static EscHole addr(EscWalker *w, Node *n) {
	n = esc_unparen(n);
	if (!n)
		return esc_discard_hole(w);
	switch (n->kind) {
	case ND_IDENT: {
		Symbol *s = n->ident.sym;
		if (!s || !strcmp(n->ident.name, "_"))
			return esc_discard_hole(w);
		if (!esc_is_local_var(s))
			return esc_heap_hole(w);
		return esc_hole(esc_loc_of(w, s));
	}
	case ND_SELECTOR:
		if (n->sel.kind != SEL_FIELD)
			return esc_heap_hole(w);
		if (esc_field_path_derefs(n->sel.x->type, &n->sel.lookup, n->sel.lookup.depth) > 0) {
			esc_discard(w, n);
			return esc_heap_hole(w);
		}
		return addr(w, n->sel.x);
	case ND_INDEX: {
		Type *xt = esc_under(n->index.x->type);
		if (xt && xt->kind == TY_MAP) {
			esc_discard(w, n->index.x);
			esc_assign_heap(w, n->index.index, "key of map put", n);
			return esc_heap_hole(w);
		}
		esc_discard(w, n->index.index);
		if (xt && xt->kind == TY_ARRAY)
			return addr(w, n->index.x);
		esc_discard(w, n->index.x);
		return esc_heap_hole(w);
	}
	case ND_STAR: esc_discard(w, n); return esc_heap_hole(w);
	default: return esc_heap_hole(w);
	}
}

static bool same_safe_expr(Node *a, Node *b) {
	a = esc_unparen(a);
	b = esc_unparen(b);
	if (!a || !b || a->kind != b->kind)
		return false;
	switch (a->kind) {
	case ND_IDENT: return a->ident.sym && a->ident.sym == b->ident.sym;
	case ND_SELECTOR:
		return a->sel.kind == SEL_FIELD && b->sel.kind == SEL_FIELD &&
		       !strcmp(a->sel.name, b->sel.name) && same_safe_expr(a->sel.x, b->sel.x);
	case ND_STAR: return same_safe_expr(a->unary.x, b->unary.x);
	case ND_INDEX:
		return !esc_is_kind(a->index.x->type, TY_MAP) && same_safe_expr(a->index.x, b->index.x) &&
		       same_safe_expr(a->index.index, b->index.index);
	case ND_BASICLIT: return a->lit.text && b->lit.text && !strcmp(a->lit.text, b->lit.text);
	default: return false;
	}
}

static bool may_affect_memory(Node *n) {
	n = esc_unparen(n);
	if (!n || n->cval)
		return false;
	switch (n->kind) {
	case ND_IDENT:
	case ND_BASICLIT: return false;
	case ND_BINARY: return may_affect_memory(n->binary.x) || may_affect_memory(n->binary.y);
	case ND_INDEX:
		return esc_is_kind(n->index.x->type, TY_MAP) || may_affect_memory(n->index.x) ||
		       may_affect_memory(n->index.index);
	case ND_CONVERT: return may_affect_memory(n->conv.x);
	case ND_UNARY:
		return n->unary.op == TK_ARROW || n->unary.op == TK_AND || may_affect_memory(n->unary.x);
	case ND_STAR: return may_affect_memory(n->unary.x);
	case ND_SELECTOR: return n->sel.kind != SEL_FIELD || may_affect_memory(n->sel.x);
	case ND_CALL:
		return !(n->call.kind == CALL_BUILTIN &&
			 (n->call.builtin == BI_LEN || n->call.builtin == BI_CAP)) ||
		       (n->call.args.len > 0 && may_affect_memory(n->call.args.v[0]));
	default: return true;
	}
}

/* The base pointer p of *p or p.f (through a pointer), if it is a plain name. */
static Node *deref_base_name(Node *n) {
	n = esc_unparen(n);
	Node *x = NULL;
	if (n->kind == ND_STAR)
		x = n->unary.x;
	else if (n->kind == ND_SELECTOR && n->sel.kind == SEL_FIELD &&
		 esc_is_kind(n->sel.x->type, TY_POINTER))
		x = n->sel.x;
	x = esc_unparen(x);
	return x && x->kind == ND_IDENT ? x : NULL;
}

/* p.buf = p.buf[a:b] (gc: isSliceSelfAssign) and x.f = x.g, a[i] = a[j]: nothing new escapes. */
static bool is_self_assign(Node *dst, Node *src) {
	dst = esc_unparen(dst);
	src = esc_unparen(src);
	if (!dst || !src)
		return false;
	if (src->kind == ND_SLICE && !esc_is_kind(src->slice.x->type, TY_ARRAY)) {
		Node *d = deref_base_name(dst), *s = deref_base_name(src->slice.x);
		if (d && s && d->ident.sym == s->ident.sym)
			return true;
	}
	if (dst->kind != src->kind)
		return false;
	if (dst->kind == ND_SELECTOR && dst->sel.kind == SEL_FIELD && src->sel.kind == SEL_FIELD) {
		bool dp = esc_is_kind(dst->sel.x->type, TY_POINTER),
		     sp = esc_is_kind(src->sel.x->type, TY_POINTER);
		return dp == sp && same_safe_expr(dst->sel.x, src->sel.x);
	}
	if (dst->kind == ND_INDEX && !esc_is_kind(dst->index.x->type, TY_MAP) &&
	    !esc_is_kind(src->index.x->type, TY_MAP)) {
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
		Node *d = esc_unparen(dsts[i]);
		if (!is_range && d && d->kind == ND_IDENT && (d->flags & NF_DEFINE))
			continue;
		loc->reassigned = true;
	}
}

/* Where gc reports the implicit conversions of `lhs = rhs`: at the last variable name its
 * type checker visited on the left (`s[i] = x` is reported at i, `t.f = x` at t), a quirk
 * of its position bookkeeping that the tests' expectations record. */
static bool last_name_pos(Node *n, Pos *pos) {
	n = esc_unparen(n);
	if (!n)
		return false;
	switch (n->kind) {
	case ND_IDENT:
		if (n->ident.sym && n->ident.sym->kind == SYM_VAR && strcmp(n->ident.name, "_")) {
			*pos = n->pos;
			return true;
		}
		return false;
	case ND_SELECTOR: return last_name_pos(n->sel.x, pos);
	case ND_STAR:
	case ND_UNARY: return last_name_pos(n->unary.x, pos);
	case ND_TYPEASSERT: return last_name_pos(n->assert.x, pos);
	case ND_CONVERT: return last_name_pos(n->conv.x, pos);
	case ND_CALL: { /* a call's type check moves it to the call; a builtin's does not */
		bool found = false;
		if (n->call.kind != CALL_BUILTIN) {
			*pos = n->pos;
			return true;
		}
		for (int i = 0; i < n->call.args.len; i++)
			found |= last_name_pos(n->call.args.v[i], pos);
		return found;
	}
	case ND_SLICE: {
		Node *parts[] = {n->slice.x, n->slice.lo, n->slice.hi, n->slice.max};
		bool found = false;
		for (int i = 0; i < 4; i++)
			found |= last_name_pos(parts[i], pos);
		return found;
	}
	case ND_COMPOSITE: /* its type check moves gc's position to the literal's brace */
		*pos = n->pos;
		return true;
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
	default: return false;
	}
}

/* c <- v: gc reports the boxing of v (a send on a chan of interfaces) at the last name its
 * type checker visited, in v or else in c: `c <- 42` at c, `c <- m[k]` at k. */
static void send_stmt(EscWalker *w, Node *n) {
	Node *u = esc_unparen(n->binary.y);
	Pos pos;
	if (u && u->kind == ND_CONVERT && (u->flags & NF_IMPLICIT) &&
	    (last_name_pos(u->conv.x, &pos) || last_name_pos(n->binary.x, &pos))) {
		w->conv_node = u;
		w->conv_pos = pos;
	}
	esc_discard(w, n->binary.x);
	esc_assign_heap(w, n->binary.y, "send", n);
	w->conv_node = NULL;
}

/* The holes of an assignment's destinations: a variable the statement declares (:=), or the
 * location an existing destination denotes. */
static EscHole *dst_holes(EscWalker *w, Node **dsts, int nd) {
	EscHole *ks = xalloc(sizeof(EscHole) * (nd ? nd : 1));
	for (int i = 0; i < nd; i++) {
		Node *d = esc_unparen(dsts[i]);
		if (d && d->kind == ND_IDENT && (d->flags & NF_DEFINE) && esc_is_local_var(d->ident.sym))
			ks[i] = esc_dcl(w, d->ident.sym);
		else
			ks[i] = addr(w, dsts[i]);
	}
	return ks;
}

/* dsts[i] = srcs[i] for every i (srcs may be shorter: comma-ok's second value has no flow). */
static void assign_list(EscWalker *w, Node **dsts, int nd, Node **srcs, int ns, const char *why, Node *where,
			bool reassign) {
	EscHole *ks = dst_holes(w, dsts, nd);
	for (int i = 0; i < nd; i++) {
		Node *src = i < ns ? srcs[i] : NULL;
		EscHole k = ks[i];
		if (src && is_self_assign(dsts[i], src)) {
			if (w->b->m_level)
				diag_note(where->pos, "%s ignoring self-assignment in %s",
					  esc_func_display_name(w->fn), esc_node_text(where));
			k = esc_discard_hole(w);
		}
		Node *u = esc_unparen(src);
		Pos pos;
		bool found = false;
		for (int j = 0; where->kind == ND_ASSIGN && where->assign.op == TK_ASSIGN && j < nd; j++)
			found |= last_name_pos(dsts[j], &pos);
		if (found && u && u->kind == ND_CONVERT && (u->flags & NF_IMPLICIT)) {
			w->conv_node = u;
			w->conv_pos = pos;
		}
		if (where == w->arg_spec && src) /* an inlined call's argument: where gc's call puts it */
			esc_box_position(w, src, w->arg_call);
		esc_expr(w, esc_note(w, k, where, why), src);
		w->conv_node = NULL;
	}
	if (reassign)
		mark_reassigned(ks, dsts, nd, false);
}

/* A call, or one the inliner replaced (ND_INLCALL): esc_call takes both. */
static bool is_call(Node *n) { return n->kind == ND_CALL || n->kind == ND_INLCALL; }

/* a, b = f() and its := form: each result flows to its destination. */
static void assign_call(EscWalker *w, Node **dsts, int nd, Node *callee, Node *where) {
	EscHole *ks = dst_holes(w, dsts, nd);
	for (int i = 0; i < nd; i++)
		ks[i] = esc_note(w, ks[i], where, "assign-pair-func-call");
	esc_call(w, ks, nd, callee, NULL);
	mark_reassigned(ks, dsts, nd, false);
}

static const char *comma_ok_why(Node *rhs) {
	rhs = esc_unparen(rhs);
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
		assign_list(w, lhs->v, lhs->len, rhs->v, rhs->len, lhs->len > 1 ? "assign-pair" : "assign", n,
			    true);
		return;
	}
	Node *r = rhs->len == 1 ? esc_unparen(rhs->v[0]) : NULL;
	if (r && is_call(r) && !(r->flags & NF_COMMA_OK)) {
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
		if (id->kind == ND_IDENT && esc_is_local_var(id->ident.sym))
			esc_dcl(w, id->ident.sym);
	}
	if (values->len == 0)
		return;
	Node *r = values->len == 1 ? esc_unparen(values->v[0]) : NULL;
	if (names->len > 1 && r && is_call(r) && !(r->flags & NF_COMMA_OK)) {
		EscHole *ks = xalloc(sizeof(EscHole) * names->len);
		for (int i = 0; i < names->len; i++)
			ks[i] = esc_note(w, addr(w, names->v[i]), spec, "assign-pair-func-call");
		esc_call(w, ks, names->len, r, NULL);
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

/* gc: a return with values assigns the results (escape's assignList(dsts, results, "return")),
 * so a closure that captured a named result takes it by reference. */
static void mark_results_reassigned(EscWalker *w, Func *fn) {
	for (int i = 0; i < fn->results.len; i++)
		esc_loc_of(w, fn->results.v[i])->reassigned = true;
}

static void return_stmt(EscWalker *w, Node *n) {
	Func *fn = w->fn;
	NodeVec *list = &n->list.list;
	if (list->len == 0)
		return;
	int nr = fn->results.len;
	Node *r = list->len == 1 ? esc_unparen(list->v[0]) : NULL;
	if (nr > 1 && list->len == 1 && r && is_call(r)) {
		EscHole *ks = xalloc(sizeof(EscHole) * nr);
		for (int i = 0; i < nr; i++)
			ks[i] = esc_note(w, esc_hole(esc_loc_of(w, fn->results.v[i])), n, "return");
		esc_call(w, ks, nr, r, NULL);
		mark_results_reassigned(w, fn);
		return;
	}
	for (int i = 0; i < list->len && i < nr; i++)
		esc_expr(w, esc_note(w, esc_hole(esc_loc_of(w, fn->results.v[i])), n, "return"), list->v[i]);
	mark_results_reassigned(w, fn);
}

static void range_stmt(EscWalker *w, Node *n) {
	EscLoc *tmp = esc_new_loc(w, NULL, NULL, false);
	esc_expr(w, esc_hole(tmp), n->range.x);
	w->loop_depth++;
	Node *dsts[2] = {n->range.key, n->range.value};
	EscHole ks[2] = {addr(w, n->range.key), addr(w, n->range.value)};
	if (!n->range.value)
		ks[1] = esc_discard_hole(w);
	if (esc_is_kind(n->range.x->type, TY_ARRAY))
		esc_flow(w->b, esc_note(w, ks[1], n, "range"), tmp);
	else
		esc_flow(w->b, esc_deref(w, ks[1], n, "range-deref"), tmp);
	mark_reassigned(ks, dsts, 2, true);
	block_node(w, n->range.body);
	w->loop_depth--;
}

/* The position of the `:` ending the case clause that starts at `at` (gc's position for the
 * clause's type switch variable). */
static Pos clause_colon(Pos at) {
	if (!at.file || !at.file->text)
		return at;
	const char *p = at.file->text;
	for (int line = 1; line < at.line && *p; p++)
		if (*p == '\n')
			line++;
	Pos pos = at;
	p += at.col - 1;
	for (int depth = 0; *p; p++, pos.col++) {
		if (*p == '\n') {
			pos.line++;
			pos.col = 0;
		} else if (*p == '(' || *p == '[' || *p == '{') {
			depth++;
		} else if (*p == ')' || *p == ']' || *p == '}') {
			depth--;
		} else if (*p == ':' && depth == 0) {
			return pos;
		}
	}
	return at;
}

static void type_switch(EscWalker *w, Node *n) {
	Node *guard = esc_unparen(n->sw.tag);
	Node *x = guard && guard->kind == ND_TYPEASSERT ? guard->assert.x : guard;
	EscHole *ks = xalloc(sizeof(EscHole) * (n->sw.clauses.len + 1));
	int nk = 0;
	if (n->sw.bind) {
		for (int i = 0; i < n->sw.clauses.len; i++) {
			Node *cas = n->sw.clauses.v[i];
			Symbol *cv = cas->caseclause.bind;
			if (!cv)
				continue;
			EscHole k = esc_dcl(w, cv);
			k.dst->has_pos = true; /* gc names each clause's variable at its colon */
			k.dst->pos = clause_colon(cas->pos);
			if (esc_type_has_pointers(cv->type))
				ks[nk++] = esc_dot_type(w, k, cv->type, cas, "switch case");
		}
	}
	esc_expr(w, esc_tee(w, ks, nk), x);
	for (int i = 0; i < n->sw.clauses.len; i++)
		block(w, &n->sw.clauses.v[i]->caseclause.body);
}

/* A select case's send or receive. gc's type checker drops the implicit conversion of
 * `case x = <-c` (x an interface) and its back end boxes the value later, after escape
 * analysis: so the box is no site -m reports, and it is on the heap (ESC_UNKNOWN). */
static void select_comm(EscWalker *w, Node *comm) {
	Node *r = comm && comm->kind == ND_ASSIGN && comm->assign.rhs.len == 1 ? comm->assign.rhs.v[0] : NULL;
	if (!r || r->kind != ND_CONVERT || !(r->flags & NF_IMPLICIT)) {
		stmt(w, comm);
		return;
	}
	comm->assign.rhs.v[0] = r->conv.x; /* analysed as gc does, then put back for codegen */
	stmt(w, comm);
	comm->assign.rhs.v[0] = r;
}

/* A switch on a constant: gc's dead-code pass keeps only the clause that runs (ast.c). */
static bool const_switch(EscWalker *w, Node *n) {
	Node *value, *c = ast_const_switch_clause(n, &value);
	if (!c)
		return false;
	esc_discard_compared(w, value);
	block(w, &c->caseclause.body);
	return true;
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
	case ND_BLOCK: block(w, &n->block.stmts); break;
	case ND_EMPTY:
	case ND_BRANCH: break;
	case ND_EXPRSTMT: {
		Node *x = esc_unparen(n->unary.x);
		if (x && x->kind == ND_CALL)
			esc_call(w, NULL, 0, x, NULL);
		else
			esc_discard(w, x);
		break;
	}
	case ND_SEND: send_stmt(w, n); break;
	case ND_INCDEC: {
		EscHole k = addr(w, n->incdec.x);
		mark_reassigned(&k, &n->incdec.x, 1, false);
		break;
	}
	case ND_ASSIGN: assign_stmt(w, n); break;
	case ND_GO:
	case ND_DEFER: esc_go_defer(w, n); break;
	case ND_RETURN: return_stmt(w, n); break;
	case ND_IF: {
		bool v;
		stmt(w, n->ifs.init);
		esc_discard(w, n->ifs.cond);
		if (ast_const_bool(n->ifs.cond, &v)) { /* gc drops the dead branch before analysing */
			block_node(w, v ? n->ifs.then : n->ifs.els);
			break;
		}
		block_node(w, n->ifs.then);
		block_node(w, n->ifs.els);
		break;
	}
	case ND_SWITCH:
		stmt(w, n->sw.init);
		esc_discard_compared(w, n->sw.tag);
		if (const_switch(w, n))
			break;
		for (int i = 0; i < n->sw.clauses.len; i++) {
			NodeVec *list = &n->sw.clauses.v[i]->caseclause.list;
			for (int j = 0; j < list->len; j++)
				esc_discard_compared(w, list->v[j]);
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
			select_comm(w, cas->caseclause.comm);
			block(w, &cas->caseclause.body);
		}
		break;
	case ND_FOR:
		stmt(w, n->fors.init);
		w->loop_depth++;
		esc_discard(w, n->fors.cond);
		stmt(w, n->fors.post);
		block_node(w, n->fors.body);
		w->loop_depth--;
		break;
	case ND_RANGE: range_stmt(w, n); break;
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
	default: /* an expression used as a statement by a later extension */ esc_discard(w, n); break;
	}
}

/* The statements gc's dead-code pass leaves (ast.c). */
static void stmts(EscWalker *w, NodeVec *list) {
	int n = ast_live_stmts(list);
	for (int i = 0; i < n; i++)
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
	case ND_IF:
		scan_labels(w, n->ifs.then);
		scan_labels(w, n->ifs.els);
		break;
	case ND_FOR: scan_labels(w, n->fors.body); break;
	case ND_RANGE: scan_labels(w, n->range.body); break;
	case ND_SWITCH:
	case ND_TYPESWITCH:
	case ND_SELECT:
		for (int i = 0; i < n->sw.clauses.len; i++)
			scan_list(w, &n->sw.clauses.v[i]->caseclause.body);
		break;
	default: break;
	}
}

/* ---- functions ------------------------------------------------------------------------------ */

static Node *func_body(Func *fn) { return fn->decl ? fn->decl->func.body : NULL; }

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

void esc_walk_literal(EscBatch *b, Func *fn) { walk_body(b, fn); }

void esc_stmt_list(EscWalker *w, NodeVec *list) { stmts(w, list); }

void esc_walk_func(EscBatch *b, Func *fn) { walk_body(b, fn); }

/* gc initialises package-level variables statically where it can: constants, function
 * literals, addresses of globals, and composite literals (not maps) become data in the binary,
 * and only their dynamic leaves (calls, map literals, ...) are computed by the package's init
 * function, whose allocations escape analysis sees and reports. The leaves are stored into
 * global data: the heap. */
static void global_value(EscWalker *w, Node *n) {
	n = esc_unparen(n);
	if (!n || n->cval)
		return;
	switch (n->kind) {
	case ND_FUNCLIT: return;
	case ND_IDENT:
		if (!esc_is_local_var(n->ident.sym))
			return;
		break;
	case ND_UNARY: {
		Node *x = esc_unparen(n->unary.x);
		if (n->unary.op == TK_AND && x && x->kind == ND_IDENT && !esc_is_local_var(x->ident.sym))
			return; /* &global */
		if (n->unary.op == TK_AND && x && x->kind == ND_COMPOSITE && !esc_is_kind(x->type, TY_MAP)) {
			global_value(w, x);
			return;
		}
		break;
	}
	case ND_KEYVALUE: global_value(w, n->binary.y); return;
	case ND_COMPOSITE:
		if (esc_is_kind(n->type, TY_MAP))
			break;
		for (int i = 0; i < n->comp.elts.len; i++)
			global_value(w, n->comp.elts.v[i]);
		return;
	default: break;
	}
	esc_expr(w, esc_heap_hole(w), n);
}

/* One statement initialising globals. */
void esc_walk_global_init(EscBatch *b, Func *init, Node *stmt) {
	EscWalker w = {.b = b, .fn = init, .loop_depth = 1};
	NodeVec *values = stmt->kind == ND_ASSIGN      ? &stmt->assign.rhs
			  : stmt->kind == ND_VALUESPEC ? &stmt->valuespec.values
						       : NULL;
	if (!values)
		return;
	bool multi = stmt->kind == ND_VALUESPEC && stmt->valuespec.names.len > values->len;
	for (int i = 0; i < values->len; i++) {
		if (multi) /* var a, b = f(): computed at init time */
			esc_expr(&w, esc_heap_hole(&w), values->v[i]);
		else
			global_value(&w, values->v[i]);
	}
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
			EscLoc *loc = esc_loc_of(&w, cap->var);
			bool by_value = !loc->addrtaken && !cap->var->addr_taken && !loc->reassigned &&
					type_size(cap->var->type) <= 128;
			cap->by_ref = !by_value;
			if (!by_value)
				cap->var->captured_by_ref = true;
			if (b->m_level > 1)
				diag_note(
				    cap->var->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
				    cap->var->func ? esc_func_display_name(cap->var->func) : "?",
				    by_value ? "value" : "ref", cap->var->name,
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
