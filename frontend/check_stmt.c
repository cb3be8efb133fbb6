/* check_stmt.c: statements (Go spec: Statements, Terminating statements, Labeled statements).
 *
 * Input: a function's body. Output: every statement checked, branch targets resolved
 * (Node.branch.target), the Func's locals, and the function-level errors: unused variables,
 * unused or undefined labels, misplaced break/continue/fallthrough, `missing return`.
 * Branch errors use the wording of gc's syntax package (branches.go), which gc reports instead of
 * types2's.
 */
#include "check_int.h"

#include <string.h>

/* ---- labels (function-wide: Go spec: Label scopes) ----------------------------------------- */

typedef struct Label {
	const char *name;
	Node *stmt; /* the ND_LABELED */
	bool used;
} Label;
typedef VEC(Label) LabelVec;
static LabelVec *labels; /* of the function being checked */

static void collect_labels(Node *n);

static void collect_labels_in(NodeVec *stmts) {
	for (int i = 0; i < stmts->len; i++)
		collect_labels(stmts->v[i]);
}

/* Labels are found anywhere in the body but not inside function literals (their own scope). */
static void collect_labels(Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case ND_LABELED:
		for (int i = 0; i < labels->len; i++)
			if (strcmp(labels->v[i].name, n->labeled.label) == 0) {
				diag_error(n->pos, "label %s already defined at %s", n->labeled.label,
					   pos_str(labels->v[i].stmt->pos));
				collect_labels(n->labeled.stmt);
				return;
			}
		if (strcmp(n->labeled.label, "_") != 0)
			vec_push(labels, ((Label){n->labeled.label, n, false}));
		collect_labels(n->labeled.stmt);
		break;
	case ND_BLOCK: collect_labels_in(&n->block.stmts); break;
	case ND_IF: collect_labels(n->ifs.then), collect_labels(n->ifs.els); break;
	case ND_FOR: collect_labels(n->fors.body); break;
	case ND_RANGE: collect_labels(n->range.body); break;
	case ND_SWITCH:
	case ND_TYPESWITCH:
	case ND_SELECT: collect_labels_in(&n->sw.clauses); break;
	case ND_CASE: collect_labels_in(&n->caseclause.body); break;
	default: break;
	}
}

static Label *find_label(const char *name) {
	for (int i = 0; i < labels->len; i++)
		if (strcmp(labels->v[i].name, name) == 0)
			return &labels->v[i];
	return NULL;
}

static void report_unused_labels(void) {
	for (int i = 0; i < labels->len; i++)
		if (!labels->v[i].used)
			diag_error(labels->v[i].stmt->pos, "label %s defined and not used",
				   labels->v[i].name);
}

/* ---- function bodies ---------------------------------------------------------------------------- */

static void report_unused_vars(Func *fn) {
	for (int i = 0; i < fn->locals.len; i++) {
		Symbol *v = fn->locals.v[i];
		if (!v->used && strcmp(v->name, "_") != 0)
			diag_error(v->pos, "%s declared but not used", v->name);
	}
}

/* Checks fn's body in a new function scope under ck.scope (the file scope, or for a function
 * literal the scope where it appears). */
void ck_func_body(Func *fn) {
	Checker saved = ck;
	LabelVec *saved_labels = labels;
	ck.fn = fn;
	ck.scope = scope_new(ck.scope, fn);
	ck.loop_depth = 0;
	ck.targets = NULL;
	ck.iota = -1;
	Node *d = fn->decl;
	if (d->kind == ND_FUNCDECL && d->func.recv) {
		Node *rf = d->func.recv;
		Node *id = rf->field.names.len ? rf->field.names.v[0] : NULL;
		if (id && strcmp(id->ident.name, "_") != 0)
			fn->recv = ck_declare_var(id, fn->recv_type, ck.scope);
		else
			fn->recv = sym_new(SYM_VAR, "_", rf->pos), fn->recv->type = fn->recv_type;
		fn->recv->is_param = true;
		fn->recv->used = true;
		fn->recv->func = fn;
	}
	ck_signature(d->func.ftype, fn, ck.scope);
	labels = NEW(LabelVec);
	Node *body = d->func.body;
	collect_labels_in(&body->block.stmts);
	ck_check_gotos(body);
	ck_block_stmts(&body->block.stmts);
	report_unused_labels();
	if (fn->type && fn->type->results.len && !ck_is_terminating(body, NULL))
		diag_error(body->block.rbrace, "missing return");
	report_unused_vars(fn);
	labels = saved_labels;
	ck = saved;
}

/* ---- simple statements ----------------------------------------------------------------------------- */

/* Go spec: Expression statements: calls (but not of most builtins) and receive operations. */
static bool is_statement_call(Node *x) {
	x = ast_unparen(x);
	if (x->kind == ND_UNARY && x->unary.op == TK_ARROW)
		return true;
	if (x->kind != ND_CALL)
		return false;
	if (x->call.kind != CALL_BUILTIN)
		return true;
	switch (x->call.builtin) {
	case BI_COPY:
	case BI_DELETE:
	case BI_PANIC:
	case BI_PRINT:
	case BI_PRINTLN:
	case BI_RECOVER:
	case BI_CLOSE: return true;
	default: return false;
	}
}

static void expr_stmt(Node *n) {
	ck_expr(&n->unary.x);
	Node *x = n->unary.x;
	if (!x->type && !(ast_unparen(x)->kind == ND_IDENT && ast_unparen(x)->ident.sym &&
			  ast_unparen(x)->ident.sym->kind == SYM_BUILTIN))
		return;
	if (x->kind != ND_CONVERT && is_statement_call(x))
		return;
	const char *msg = "is not used";
	Node *u = ast_unparen(x);
	if (u->kind == ND_IDENT && u->ident.sym && u->ident.sym->kind == SYM_BUILTIN)
		msg = "must be called";
	else if (x->flags & NF_TYPE)
		msg = "is not an expression";
	else
		ck_default(&n->unary.x);
	diag_error(ck_start(x), "%s %s", ck_operand(x), msg);
}

/* Go spec: Assignment statements. The left side must be addressable, a map index or `_`. */
static bool lhs_expr(Node **slot) {
	Node *x = ast_unparen(*slot);
	if (x->kind == ND_IDENT && strcmp(x->ident.name, "_") == 0) {
		x->type = NULL;
		return true;
	}
	Symbol *var = NULL;
	bool was_used = false;
	if (x->kind == ND_IDENT) {
		var = scope_lookup(ck.scope, x->ident.name);
		if (var && var->kind == SYM_VAR)
			was_used = var->used;
		else
			var = NULL;
	}
	bool ok = ck_value(slot);
	if (var) {
		var->used = was_used; /* assigning is not using */
		var->reassigned = true;
	}
	x = *slot;
	if (!ok)
		return false;
	Node *u = ast_unparen(x);
	if ((x->flags & NF_ADDRESSABLE) ||
	    (u->kind == ND_INDEX && type_core(u->index.x->type)->kind == TY_MAP)) {
		if (u->kind == ND_INDEX && type_core(u->index.x->type)->kind == TY_MAP)
			u->flags |= NF_LHS;
		return true;
	}
	if (u->kind == ND_SELECTOR && u->sel.kind == SEL_FIELD) {
		Node *b = ast_unparen(u->sel.x);
		if (b->kind == ND_INDEX && b->index.x->type && type_core(b->index.x->type)->kind == TY_MAP) {
			diag_error(ck_start(x), "cannot assign to struct field %s in map", ck_expr_str(x));
			return false;
		}
	}
	diag_error(ck_start(x), "cannot assign to %s", ck_operand(x));
	return false;
}

static bool assign_one(Node **lhs, Node **rhs) {
	Node *l = *lhs;
	if (!l->type) {
		if (ast_unparen(l)->kind == ND_IDENT && strcmp(ast_unparen(l)->ident.name, "_") == 0)
			return ck_assign(rhs, NULL, "assignment to _ identifier");
		return false;
	}
	return ck_assign(rhs, l->type, "assignment");
}

/* After a failed assignment its variables count as used: no follow-on "declared but not used". */
static void mark_lhs_used(NodeVec *lhs) {
	for (int i = 0; i < lhs->len; i++) {
		Node *l = ast_unparen(lhs->v[i]);
		if (l->kind == ND_IDENT && l->ident.sym && l->ident.sym->kind == SYM_VAR)
			l->ident.sym->used = true;
	}
}

/* lhs = rhs (assignVars). */
static void assign_stmt(Node *n) {
	NodeVec *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
	int nl = lhs->len;
	bool ok = true;
	for (int i = 0; i < nl; i++)
		ok &= lhs_expr(&lhs->v[i]);
	Type **types = xalloc(sizeof(Type *) * (nl + 1));
	bool single;
	int nv = ck_rhs_list(rhs, nl, types, &single);
	if (nv < 0 || !ok)
		return;
	if (nv != nl) {
		ck_assign_mismatch(rhs, nl, nv);
		mark_lhs_used(lhs);
		return;
	}
	if (!single) {
		bool all = true;
		for (int i = 0; i < nl; i++)
			all &= assign_one(&lhs->v[i], &rhs->v[i]);
		if (!all)
			mark_lhs_used(lhs);
		return;
	}
	bool all = true;
	for (int i = 0; i < nl; i++)
		all &= ck_assign_part(rhs->v[0], types[i], lhs->v[i]->type, "assignment");
	if (!all)
		mark_lhs_used(lhs);
}

/* x op= y (Go spec: Assignment statements): x = x op y with x evaluated once. */
static void op_assign_stmt(Node *n) {
	if (n->assign.lhs.len != 1 || n->assign.rhs.len != 1) {
		diag_error(n->pos, "assignment operation %s requires single-valued expressions",
			   tok_spelling(n->assign.op));
		return;
	}
	Node **xs = &n->assign.lhs.v[0], **ys = &n->assign.rhs.v[0];
	bool ok = ck_value(xs);
	ok &= ck_value(ys);
	if (!ok)
		return;
	Node tmp = {.kind = ND_BINARY, .pos = n->pos};
	ck_binary(&tmp, xs, ys, ck_tok_of_assign(n->assign.op), NULL);
	if (!tmp.type)
		return;
	if (tmp.type != (*xs)->type && !type_is_untyped(tmp.type)) {
		Node *r = *ys;
		diag_error(ck_start(r), "cannot use %s as type %s in assignment", ck_operand(r),
			   type_string((*xs)->type));
		return;
	}
	ck_default(ys);
	Node *lx = ast_unparen(*xs);
	if (!((*xs)->flags & NF_ADDRESSABLE) &&
	    !(lx->kind == ND_INDEX && type_core(lx->index.x->type)->kind == TY_MAP)) {
		diag_error(ck_start(*xs), "cannot assign to %s", ck_operand(*xs));
		return;
	}
	if (lx->kind == ND_IDENT && lx->ident.sym)
		lx->ident.sym->reassigned = true;
}

static void incdec_stmt(Node *n) {
	if (!ck_value(&n->incdec.x))
		return;
	Node *x = n->incdec.x;
	const char *op = n->incdec.inc ? "++" : "--";
	if (!type_is_numeric(x->type)) {
		diag_error(ck_start(x), "invalid operation: %s%s (non-numeric type %s)", ck_expr_str(x), op,
			   type_string(x->type));
		return;
	}
	Node *u = ast_unparen(x);
	if (!(x->flags & NF_ADDRESSABLE) &&
	    !(u->kind == ND_INDEX && type_core(u->index.x->type)->kind == TY_MAP)) {
		diag_error(ck_start(x), "cannot assign to %s", ck_operand(x));
		return;
	}
	if (u->kind == ND_IDENT && u->ident.sym)
		u->ident.sym->reassigned = true;
}

/* ShortVarDecl = IdentifierList ":=" ExpressionList . At least one new non-blank variable. */
static void short_var_decl(Node *n) {
	NodeVec *lhs = &n->assign.lhs, *rhs = &n->assign.rhs;
	int nl = lhs->len;
	Symbol **vars = xalloc(sizeof(Symbol *) * (nl + 1));
	bool *fresh = xalloc(sizeof(bool) * (nl + 1));
	bool err = false;
	int nnew = 0;
	for (int i = 0; i < nl; i++) {
		Node *id = lhs->v[i];
		if (id->kind != ND_IDENT) {
			diag_error(ck_start(id), "non-name %s on left side of :=", ck_expr_str(id));
			err = true;
			continue;
		}
		const char *name = id->ident.name;
		bool rep = false;
		for (int j = 0; j < i && strcmp(name, "_"); j++)
			rep |= lhs->v[j]->kind == ND_IDENT && strcmp(lhs->v[j]->ident.name, name) == 0;
		if (rep) {
			diag_error(id->pos, "%s repeated on left side of :=", name);
			err = true;
			continue;
		}
		Symbol *old = strcmp(name, "_") ? scope_lookup_local(ck.scope, name) : NULL;
		if (old && old->kind == SYM_VAR) {
			vars[i] = old;
			id->ident.sym = old;
			id->type = old->type;
			old->reassigned = true;
			continue;
		}
		if (old) {
			diag_error(id->pos, "cannot assign to %s", ck_expr_str(id));
			err = true;
			continue;
		}
		fresh[i] = true;
		nnew += strcmp(name, "_") != 0;
	}
	Type **types = xalloc(sizeof(Type *) * (nl + 1));
	bool single;
	int nv = ck_rhs_list(rhs, nl, types, &single);
	bool failed = nv < 0;
	if (nv >= 0 && nv != nl) {
		ck_assign_mismatch(rhs, nl, nv);
		failed = true;
	}
	for (int i = 0; i < nl && !failed; i++) {
		if (single) {
			Type *t =
			    types[i] ? (type_is_untyped(types[i]) ? type_default(types[i]) : types[i]) : NULL;
			if (vars[i])
				ck_assign_part(rhs->v[0], t, vars[i]->type, "assignment");
			types[i] = vars[i] ? vars[i]->type : t;
			continue;
		}
		Node **r = &rhs->v[i];
		if (vars[i]) {
			if (vars[i]->type)
				ck_assign(r, vars[i]->type, "assignment");
			continue;
		}
		if (ck_is_nil(*r)) {
			diag_error(ck_start(*r), "use of untyped nil in assignment");
			types[i] = NULL;
			continue;
		}
		types[i] = ck_assign(r, NULL, "assignment") ? (*r)->type : NULL;
	}
	for (int i = 0; i < nl; i++) {
		if (!fresh[i])
			continue;
		Node *id = lhs->v[i];
		Symbol *v = ck_declare_var(id, failed ? NULL : types[i], NULL);
		v->decl = n;
		id->flags |= NF_DEFINE;
		if (failed || !types[i])
			v->used = true;
		if (strcmp(v->name, "_") != 0) {
			vec_push(&ck.fn->locals, v);
			scope_insert(ck.scope, v);
		}
	}
	if (nnew == 0 && !err)
		diag_error(n->pos, "no new variables on left side of :=");
}

static void assign(Node *n) {
	switch (n->assign.op) {
	case TK_DEFINE: short_var_decl(n); break;
	case TK_ASSIGN: assign_stmt(n); break;
	default: op_assign_stmt(n); break;
	}
}

/* ---- return ------------------------------------------------------------------------------------ */

static const char *types_summary(NodeVec *vals, TypeVec *want, bool have) {
	Buf b = {0};
	buf_putc(&b, '(');
	int n = have ? vals->len : want->len;
	for (int i = 0; i < n; i++) {
		if (i)
			buf_puts(&b, ", ");
		Type *t = have ? vals->v[i]->type : want->v[i];
		if (!t)
			buf_puts(&b, "<T>");
		else if (type_is_untyped(t))
			buf_puts(&b, type_is_numeric(t) ? "number" : type_string(t) + strlen("untyped "));
		else
			buf_puts(&b, type_string(t));
	}
	buf_putc(&b, ')');
	return buf_cstr(&b);
}

static void return_count_error(Node *n, NodeVec *vals, TypeVec *want) {
	Pos at = n->pos;
	const char *q = "not enough";
	if (vals->len > want->len)
		at = ck_start(vals->v[want->len]), q = "too many";
	else if (vals->len > 0)
		at = ck_start(vals->v[vals->len - 1]);
	diag_error(at, "%s return values\n\thave %s\n\twant %s", q, types_summary(vals, want, true),
		   types_summary(vals, want, false));
}

/* `return x, y` assigns the named results (Go spec: Return statements), so a deferred closure
 * that captured them must see the new values: they are reassigned variables. */
static void mark_results_reassigned(Func *fn) {
	if (fn->named_results)
		for (int i = 0; i < fn->results.len; i++)
			fn->results.v[i]->reassigned = true;
}

static void return_stmt(Node *n) {
	Func *fn = ck.fn;
	NodeVec *vals = &n->list.list;
	TypeVec *want = &fn->type->results;
	if (vals->len > 0)
		mark_results_reassigned(fn);
	if (vals->len == 0 && want->len > 0 && fn->named_results) {
		for (int i = 0; i < fn->results.len; i++) {
			Symbol *r = fn->results.v[i];
			Symbol *alt = scope_lookup(ck.scope, r->name);
			if (alt && alt != r)
				diag_error(n->pos,
					   "result parameter %s not in scope at return\n\t%s: inner "
					   "declaration of %s",
					   r->name, pos_str(alt->pos),
					   alt->kind == SYM_VAR && alt->type
					       ? fmt("var %s %s", alt->name, type_string(alt->type))
					       : alt->name);
		}
		return;
	}
	if (vals->len == 1 && want->len != 1) {
		ck_expr(&vals->v[0]);
		Node *x = vals->v[0];
		if (!x->type)
			return;
		if (x->type->kind == TY_TUPLE && !(x->flags & NF_TYPE)) {
			if (x->type->elems.len == want->len) {
				for (int i = 0; i < want->len; i++)
					ck_assign_part(x, x->type->elems.v[i], want->v[i],
						       "return statement");
			} else {
				NodeVec have = {0};
				for (int i = 0; i < x->type->elems.len; i++) {
					Node *t = NEW(Node);
					t->type = x->type->elems.v[i];
					vec_push(&have, t);
				}
				diag_error(ck_start(x), "%s return values\n\thave %s\n\twant %s",
					   x->type->elems.len > want->len ? "too many" : "not enough",
					   types_summary(&have, want, true),
					   types_summary(&have, want, false));
			}
			return;
		}
		if (!ck_single(&vals->v[0]))
			return;
		return_count_error(n, vals, want);
		return;
	}
	bool ok = true;
	for (int i = 0; i < vals->len; i++)
		ok &= ck_value(&vals->v[i]);
	if (!ok)
		return;
	if (vals->len != want->len) {
		return_count_error(n, vals, want);
		return;
	}
	for (int i = 0; i < vals->len; i++)
		ck_assign(&vals->v[i], want->v[i], "return statement");
}

/* ---- branches ------------------------------------------------------------------------------------ */

static bool is_loop(Node *s) { return s->kind == ND_FOR || s->kind == ND_RANGE; }

/* Where the label of `goto L` / `break L` is written: gc reports label errors there. The AST
 * keeps only the statement's position, so find the name in the source line after the keyword. */
Pos ck_label_pos(Node *n) {
	Pos p = n->pos;
	const char *text = p.file ? p.file->text : NULL;
	if (!text)
		return p;
	const char *line = text;
	for (int l = 1; l < p.line && *line; line++)
		l += *line == '\n';
	const char *s = line + p.col - 1;
	while (*s && *s != '\n' && (s[0] >= 'a' && s[0] <= 'z'))
		s++; /* the keyword */
	while (*s == ' ' || *s == '\t')
		s++;
	if (strncmp(s, n->branch.label, strlen(n->branch.label)) == 0)
		p.col = (int)(s - line) + 1;
	return p;
}

static void branch_labeled(Node *n) {
	const char *name = n->branch.label;
	Label *l = find_label(name);
	int tok = n->branch.tok;
	if (tok == TK_GOTO) {
		if (!l) {
			diag_error(ck_label_pos(n), "label %s not defined", name);
			return;
		}
		l->used = true;
		n->branch.target = l->stmt;
		return;
	}
	if (l)
		l->used = true;
	for (Target *t = ck.targets; t; t = t->outer)
		if (t->label && strcmp(t->label, name) == 0) {
			if (tok == TK_CONTINUE && !is_loop(t->stmt)) {
				diag_error(ck_label_pos(n), "invalid continue label %s", name);
				return;
			}
			n->branch.target = t->stmt;
			return;
		}
	if (l)
		diag_error(ck_label_pos(n),
			   tok == TK_BREAK ? "invalid break label %s" : "invalid continue label %s", name);
	else
		diag_error(ck_label_pos(n),
			   tok == TK_BREAK ? "break label not defined: %s" : "continue label not defined: %s",
			   name);
}

static void branch_stmt(Node *n) {
	if (n->branch.label) {
		branch_labeled(n);
		return;
	}
	switch (n->branch.tok) {
	case TK_BREAK:
		if (!ck.targets)
			diag_error(n->pos, "break is not in a loop, switch, or select");
		else
			n->branch.target = ck.targets->stmt;
		break;
	case TK_CONTINUE:
		for (Target *t = ck.targets; t; t = t->outer)
			if (is_loop(t->stmt)) {
				n->branch.target = t->stmt;
				return;
			}
		diag_error(n->pos, "continue is not in a loop");
		break;
	case TK_FALLTHROUGH:
		if (ck.fallthrough_ok != n) {
			bool in_ts = ck.targets && ck.targets->stmt->kind == ND_TYPESWITCH;
			diag_error(n->pos, in_ts ? "cannot fallthrough in type switch"
						 : "fallthrough statement out of place");
		}
		break;
	default: diag_error(n->pos, "goto without label");
	}
}

/* ---- compound statements ------------------------------------------------------------------------- */

static void open_scope(void) { ck.scope = scope_new(ck.scope, ck.fn); }
static void close_scope(void) { ck.scope = ck.scope->parent; }

static void push_target(Target *t, Node *stmt, const char *label) {
	t->stmt = stmt;
	t->label = label;
	t->outer = ck.targets;
	ck.targets = t;
}

/* A for loop's body: break and continue target the loop, and variables declared inside are one
 * loop level deeper (escape analysis's loop depth). */
static void loop_body(Node *loop, const char *label, Node **body) {
	Target t;
	push_target(&t, loop, label);
	ck.loop_depth++;
	ck_stmt(body);
	ck.loop_depth--;
	ck.targets = t.outer;
}

void ck_block_stmts(NodeVec *stmts) {
	for (int i = 0; i < stmts->len; i++)
		ck_stmt(&stmts->v[i]);
}

static void cond(Node **slot, const char *what) {
	if (!*slot || !ck_value(slot))
		return;
	ck_default(slot);
	if ((*slot)->type && !type_is_boolean((*slot)->type))
		diag_error(ck_start(*slot), "non-boolean condition in %s statement", what);
}

static void if_stmt(Node *n) {
	open_scope();
	if (n->ifs.init)
		ck_stmt(&n->ifs.init);
	cond(&n->ifs.cond, "if");
	ck_stmt(&n->ifs.then);
	if (n->ifs.els)
		ck_stmt(&n->ifs.els);
	close_scope();
}

static void for_stmt(Node *n, const char *label) {
	open_scope();
	n->fors.label = label;
	if (n->fors.init)
		ck_stmt(&n->fors.init);
	cond(&n->fors.cond, "for");
	if (n->fors.post) {
		if (n->fors.post->kind == ND_ASSIGN && n->fors.post->assign.op == TK_DEFINE)
			diag_error(n->fors.post->pos, "cannot declare in post statement of for loop");
		else
			ck_stmt(&n->fors.post);
	}
	loop_body(n, label, &n->fors.body);
	close_scope();
}

/* Go spec: For statements with range clause. Key and value types by the operand's type. */
static bool range_types(Type *t, Type **key, Type **val) {
	Type *u = type_core(t);
	if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY)
		u = type_under(u->elem);
	switch (u->kind) {
	case TY_STRING:
	case TY_UNTYPED_STRING: *key = ty_int, *val = ty_int32; return true;
	case TY_ARRAY:
	case TY_SLICE: *key = ty_int, *val = u->elem; return true;
	case TY_MAP: *key = u->key, *val = u->elem; return true;
	case TY_CHAN: *key = u->elem, *val = NULL; return true;
	default: return false;
	}
}

static void range_var(Node **slot, Type *t, bool define, Node *x) {
	Node *l = *slot;
	if (!define) {
		if (!lhs_expr(slot) || !(*slot)->type)
			return;
		/* types2 assigns a value it describes by the variable's own expression */
		if (t && !type_assignable(t, (*slot)->type, NULL))
			diag_error(ck_start(l), "cannot use %s (value of type %s) as type %s in assignment",
				   ck_expr_str(l), type_string(t), type_string((*slot)->type));
		return;
	}
	(void)x;
	if (l->kind != ND_IDENT) {
		diag_error(ck_start(l), "cannot declare %s", ck_expr_str(l));
		return;
	}
	Symbol *v = ck_declare_var(l, t, NULL);
	v->decl = l;
	l->flags |= NF_DEFINE;
	if (!t)
		v->used = true;
}

/* Go spec: a range over a channel yields its values only, and must be able to receive. */
static void range_chan_checks(Node *n) {
	Node *x = n->range.x;
	Type *u = type_core(x->type);
	if (u->kind != TY_CHAN)
		return;
	if (n->range.value)
		diag_error(ck_start(n->range.value), "range over %s permits only one iteration variable",
			   ck_operand(x));
	if (u->dir == CHAN_SEND)
		diag_error(ck_start(x), "cannot range over %s (receive from send-only channel)",
			   ck_operand(x));
}

static void range_error(Node *x) {
	if (type_core(x->type)->kind == TY_TYPEPARAM)
		diag_error(ck_start(x), "cannot range over %s (%s has no core type)", ck_operand(x),
			   type_string(x->type));
	else
		diag_error(ck_start(x), "cannot range over %s", ck_operand(x));
}

static void range_stmt(Node *n, const char *label) {
	n->range.label = label;
	bool ok = ck_value(&n->range.x);
	Node *x = n->range.x;
	Type *key = NULL, *val = NULL;
	if (ok) {
		range_chan_checks(n);
		if (!range_types(x->type, &key, &val))
			range_error(x);
		ck_default(&n->range.x);
		x = n->range.x;
	}
	open_scope();
	bool def = n->range.define;
	int nnew = 0;
	Node *k = n->range.key, *v = n->range.value;
	if (def && k && v && k->kind == ND_IDENT && v->kind == ND_IDENT && strcmp(k->ident.name, "_") != 0 &&
	    strcmp(k->ident.name, v->ident.name) == 0) {
		diag_error(v->pos, "%s repeated on left side of :=", v->ident.name);
		n->range.value = NULL; /* keep the key only */
	}
	if (n->range.key)
		range_var(&n->range.key, key, def, x);
	if (n->range.value)
		range_var(&n->range.value, val, def, x);
	if (def) {
		Node *ids[2] = {n->range.key, n->range.value};
		for (int i = 0; i < 2; i++) {
			Symbol *v = ids[i] && ids[i]->kind == ND_IDENT ? ids[i]->ident.sym : NULL;
			if (!v || strcmp(v->name, "_") == 0)
				continue;
			nnew++;
			/* Go 1.19 declares range variables once for the whole loop: outside it */
			v->loop_depth = ck.loop_depth;
			vec_push(&ck.fn->locals, v);
			scope_insert(ck.scope, v);
		}
		if (nnew == 0 && (n->range.key || n->range.value))
			diag_error(n->pos, "no new variables on left side of :=");
	}
	loop_body(n, label, &n->range.body);
	close_scope();
}

static void duplicate_case(Node *e, ConstSet *consts) {
	while (e->kind == ND_CONVERT && (e->flags & NF_IMPLICIT)) /* compared with an interface tag */
		e = e->conv.x;
	Node *p = ck_const_set_add(consts, e);
	if (p)
		diag_error(ck_start(e), "duplicate case %s in expression switch\n\t%s: previous case",
			   ck_operand(e), pos_str(p->pos));
}

/* Go spec: Switch statements (expression switches). */
static void switch_stmt(Node *n, const char *label) {
	open_scope();
	n->sw.label = label;
	if (n->sw.init)
		ck_stmt(&n->sw.init);
	Node *tag = n->sw.tag;
	if (tag) {
		if (ck_value(&n->sw.tag)) {
			ck_default(&n->sw.tag);
			tag = n->sw.tag;
			if (tag->type && !type_is_comparable(tag->type) && !ck_has_nil(tag->type)) {
				diag_error(ck_start(tag), "cannot switch on %s (%s is not comparable)",
					   ck_operand(tag), type_string(tag->type));
				tag = NULL; /* the cases are not compared with it */
			}
		} else {
			tag = NULL;
		}
	}
	Target t;
	push_target(&t, n, label);
	Node *deflt = NULL;
	ConstSet consts = {0}; /* constant case values so far: duplicates are errors */
	for (int i = 0; i < n->sw.clauses.len; i++) {
		Node *c = n->sw.clauses.v[i];
		if (c->caseclause.is_default) {
			if (deflt)
				diag_error(c->pos, "multiple defaults in switch (first at %s)",
					   pos_str(deflt->pos));
			deflt = c;
		}
		for (int j = 0; j < c->caseclause.list.len; j++) {
			Node **e = &c->caseclause.list.v[j];
			if (!ck_value(e))
				continue;
			if (tag && tag->type) {
				Node tmp = {.kind = ND_BINARY, .pos = (*e)->pos};
				Node *tagcopy = tag;
				if (type_is_untyped((*e)->type) && !ck_convert_untyped(e, tag->type))
					continue;
				ck_comparison(&tmp, e, &tagcopy, TK_EQL, true);
				Node *inner = *e;
				while (inner->kind == ND_CONVERT && (inner->flags & NF_IMPLICIT))
					inner = inner->conv.x;
				if (tmp.type && ck_is_const(inner))
					duplicate_case(*e, &consts);
			} else if (!tag) {
				ck_default(e);
				/* the missing tag is `true` (typed bool): a case may also be an interface
				 * holding bools (`case i:` with i interface{}), compared as i == true */
				if ((*e)->type && !type_is_boolean((*e)->type) && !n->sw.tag &&
				    !(type_is_interface((*e)->type) &&
				      type_implements(ty_bool, (*e)->type, NULL)))
					diag_error(ck_start(*e),
						   "invalid case %s in switch (mismatched types %s and bool)",
						   ck_expr_str(*e), type_string((*e)->type));
			}
			if (type_is_untyped((*e)->type))
				ck_default(e);
		}
		open_scope();
		NodeVec *body = &c->caseclause.body;
		Node *saved_ft = ck.fallthrough_ok;
		int last = body->len - 1;
		while (last >= 0 && body->v[last]->kind == ND_EMPTY)
			last--;
		if (last >= 0 && body->v[last]->kind == ND_BRANCH &&
		    body->v[last]->branch.tok == TK_FALLTHROUGH) {
			Node *ft = body->v[last];
			if (i == n->sw.clauses.len - 1)
				diag_error(ft->pos, "cannot fallthrough final case in switch");
			else
				ft->branch.target = n->sw.clauses.v[i + 1];
			ck.fallthrough_ok = ft;
		}
		ck_block_stmts(body);
		ck.fallthrough_ok = saved_ft;
		close_scope();
	}
	ck.targets = t.outer;
	close_scope();
}

/* ---- channels (Go spec: Send statements, Select statements) ---------------------------------- */

/* SendStmt = Channel "<-" Expression . */
static void send_stmt(Node *n) {
	bool ok = ck_value(&n->binary.x);
	ok &= ck_value(&n->binary.y);
	if (!ok)
		return;
	Node *c = n->binary.x;
	Type *u = type_core(c->type);
	if (u->kind == TY_TYPEPARAM) {
		diag_error(ck_start(c), "invalid operation: cannot send to %s: no core type", ck_operand(c));
		return;
	}
	if (ck_is_nil(c) || u->kind != TY_CHAN) {
		diag_error(ck_start(c), "invalid operation: cannot send to non-channel %s", ck_operand(c));
		return;
	}
	if (u->dir == CHAN_RECV) {
		diag_error(ck_start(c), "invalid operation: cannot send to receive-only channel %s",
			   ck_operand(c));
		return;
	}
	ck_assign(&n->binary.y, u->elem, "send");
}

static bool is_receive(Node *x) {
	x = ast_unparen(x);
	return x->kind == ND_UNARY && x->unary.op == TK_ARROW;
}

/* CommCase = "case" ( SendStmt | RecvStmt ) | "default" .
 * RecvStmt = [ ExpressionList "=" | IdentifierList ":=" ] RecvExpr . Anything else is
 * reported where types2 reports it (an expression statement at its expression's own position). */
static bool comm_ok(Node *comm) {
	switch (comm->kind) {
	case ND_SEND: return true;
	case ND_EXPRSTMT:
		if (is_receive(comm->unary.x))
			return true;
		diag_error(comm->unary.x->pos,
			   "select case must be send or receive (possibly with assignment)");
		return false;
	case ND_ASSIGN:
		if ((comm->assign.op == TK_ASSIGN || comm->assign.op == TK_DEFINE) &&
		    comm->assign.rhs.len == 1 && is_receive(comm->assign.rhs.v[0]))
			return true;
		diag_error(ck_start(comm->assign.lhs.v[0]),
			   "select case must be send or receive (possibly with assignment)");
		return false;
	case ND_INCDEC:
		diag_error(ck_start(comm->incdec.x),
			   "select case must be send or receive (possibly with assignment)");
		return false;
	default:
		diag_error(comm->pos, "select case must be send or receive (possibly with assignment)");
		return false;
	}
}

/* SelectStmt = "select" "{" { CommClause } "}" . Each clause is a scope holding the variables
 * its receive declares. */
static void select_stmt(Node *n, const char *label) {
	n->sw.label = label;
	Target t;
	push_target(&t, n, label);
	Node *deflt = NULL;
	for (int i = 0; i < n->sw.clauses.len; i++) {
		Node *c = n->sw.clauses.v[i];
		if (c->caseclause.is_default) {
			if (deflt)
				diag_error(c->pos, "multiple defaults (first at %s)", pos_str(deflt->pos));
			deflt = c;
		}
		if (c->caseclause.comm && !comm_ok(c->caseclause.comm))
			continue; /* as types2: the clause's body is not checked either */
		open_scope();
		if (c->caseclause.comm)
			ck_stmt(&c->caseclause.comm);
		ck_block_stmts(&c->caseclause.body);
		close_scope();
	}
	ck.targets = t.outer;
}

static void labeled_stmt(Node *n) {
	Node *s = n->labeled.stmt;
	const char *l = n->labeled.label;
	switch (s->kind) {
	case ND_FOR: for_stmt(s, l); break;
	case ND_RANGE: range_stmt(s, l); break;
	case ND_SWITCH: switch_stmt(s, l); break;
	case ND_TYPESWITCH: ck_type_switch(s, l); break;
	case ND_SELECT: select_stmt(s, l); break;
	default: ck_stmt(&n->labeled.stmt); break;
	}
}

static void decl_stmt(Node *n) {
	Node *d = n->unary.x;
	Node *src = NULL;
	if (d->gendecl.tok == TK_TYPE && ck.fn && ck.fn->origin) /* gc 1.19's restriction */
		diag_error(d->pos, "type declarations inside generic functions are not currently supported");
	for (int i = 0; i < d->gendecl.specs.len; i++) {
		Node *spec = d->gendecl.specs.v[i];
		switch (d->gendecl.tok) {
		case TK_VAR: ck_var_spec(spec, false); break;
		case TK_TYPE: ck_type_spec(spec, false); break;
		case TK_CONST:
			if (spec->valuespec.values.len || spec->valuespec.typ || !src)
				src = spec;
			ck_const_spec(spec, src, false);
			break;
		default: diag_error(spec->pos, "imports must appear before other declarations"); break;
		}
	}
}

/* `defer f(x)` and `go f(x)`: the operand must be a call whose results may be dropped. */
static void go_defer_stmt(Node *n) {
	const char *what = n->kind == ND_GO ? "go" : "defer";
	if (n->kind == ND_DEFER)
		ck.fn->has_defer = true;
	Node *x = ast_unparen(n->unary.x);
	if (x->kind != ND_CALL) {
		diag_error(ck_start(n->unary.x), "expression in %s must be function call", what);
		return;
	}
	ck_expr(&n->unary.x);
	x = n->unary.x;
	if (x->kind == ND_CONVERT)
		diag_error(ck_start(x), "%s requires function call, not conversion %s", what, ck_operand(x));
	else if (x->type && !is_statement_call(x))
		diag_error(ck_start(x), "%s discards result of %s", what, ck_operand(x));
}

void ck_stmt(Node **slot) {
	Node *n = *slot;
	switch (n->kind) {
	case ND_EMPTY:
	case ND_BAD: break;
	case ND_BLOCK:
		open_scope();
		ck_block_stmts(&n->block.stmts);
		close_scope();
		break;
	case ND_EXPRSTMT: expr_stmt(n); break;
	case ND_INCDEC: incdec_stmt(n); break;
	case ND_ASSIGN: assign(n); break;
	case ND_RETURN: return_stmt(n); break;
	case ND_BRANCH: branch_stmt(n); break;
	case ND_IF: if_stmt(n); break;
	case ND_FOR: for_stmt(n, NULL); break;
	case ND_RANGE: range_stmt(n, NULL); break;
	case ND_SWITCH: switch_stmt(n, NULL); break;
	case ND_TYPESWITCH: ck_type_switch(n, NULL); break;
	case ND_LABELED: labeled_stmt(n); break;
	case ND_DECLSTMT: decl_stmt(n); break;
	case ND_DEFER:
	case ND_GO: go_defer_stmt(n); break;
	case ND_SELECT: select_stmt(n, NULL); break;
	case ND_SEND: send_stmt(n); break;
	default: diag_error(n->pos, "unexpected %s in statement context", ast_kind_name(n->kind)); break;
	}
}

/* ---- terminating statements (Go spec: Terminating statements) ------------------------------ */

static bool has_break(Node *n, Node *target, const char *label);

static bool has_break_list(NodeVec *v, Node *target, const char *label) {
	for (int i = 0; i < v->len; i++)
		if (has_break(v->v[i], target, label))
			return true;
	return false;
}

/* Is there a break referring to target (unlabeled at this nesting level, or by label)? */
static bool has_break(Node *n, Node *target, const char *label) {
	if (!n)
		return false;
	switch (n->kind) {
	case ND_BRANCH:
		return n->branch.tok == TK_BREAK &&
		       (n->branch.target == target ||
			(label && n->branch.label && strcmp(n->branch.label, label) == 0));
	case ND_BLOCK: return has_break_list(&n->block.stmts, target, label);
	case ND_LABELED: return has_break(n->labeled.stmt, target, label);
	case ND_IF: return has_break(n->ifs.then, target, label) || has_break(n->ifs.els, target, label);
	case ND_CASE: return has_break_list(&n->caseclause.body, target, label);
	case ND_FOR: return has_break(n->fors.body, target, label);
	case ND_RANGE: return has_break(n->range.body, target, label);
	case ND_SWITCH:
	case ND_TYPESWITCH:
	case ND_SELECT: return has_break_list(&n->sw.clauses, target, label);
	default: return false;
	}
}

static bool terminating_list(NodeVec *v) {
	/* trailing empty statements do not count */
	int i = v->len - 1;
	while (i >= 0 && v->v[i]->kind == ND_EMPTY)
		i--;
	return i >= 0 && ck_is_terminating(v->v[i], NULL);
}

static bool switch_terminating(Node *n, const char *label) {
	bool deflt = false;
	for (int i = 0; i < n->sw.clauses.len; i++) {
		Node *c = n->sw.clauses.v[i];
		deflt |= c->caseclause.is_default;
		NodeVec *b = &c->caseclause.body;
		bool ft = b->len && b->v[b->len - 1]->kind == ND_BRANCH &&
			  b->v[b->len - 1]->branch.tok == TK_FALLTHROUGH;
		if (!ft && !terminating_list(b))
			return false;
		if (has_break_list(b, n, label))
			return false;
	}
	return deflt || n->kind == ND_SELECT;
}

bool ck_is_terminating(Node *n, const char *label) {
	switch (n->kind) {
	case ND_RETURN: return true;
	case ND_BRANCH: return n->branch.tok == TK_GOTO || n->branch.tok == TK_FALLTHROUGH;
	case ND_EXPRSTMT: {
		Node *x = ast_unparen(n->unary.x);
		return x->kind == ND_CALL && x->call.kind == CALL_BUILTIN && x->call.builtin == BI_PANIC;
	}
	case ND_BLOCK: return terminating_list(&n->block.stmts);
	case ND_IF:
		return n->ifs.els && ck_is_terminating(n->ifs.then, NULL) &&
		       ck_is_terminating(n->ifs.els, NULL);
	case ND_LABELED: return ck_is_terminating(n->labeled.stmt, n->labeled.label);
	case ND_FOR: return !n->fors.cond && !has_break(n->fors.body, n, label ? label : n->fors.label);
	case ND_SWITCH:
	case ND_TYPESWITCH:
	case ND_SELECT: return switch_terminating(n, label ? label : n->sw.label);
	default: return false;
	}
}
