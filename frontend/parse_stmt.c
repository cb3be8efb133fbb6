/* parse_stmt.c: tokens -> statement nodes (Go spec: Statements).
 *
 * Simple statements (expression, send, inc/dec, assignment, short variable declaration) share
 * one entry, parse_simple_stmt, which also recognises the `range` clause of a for statement
 * and the `v := x.(type)` guard of a type switch. The headers of if, for and switch statements
 * go through parse_header, as gc's parser does, so that the error for a missing condition or
 * a statement used as a value is gc's. Like gc, an assignment, inc/dec or send sits at its
 * operator, and an expression statement at its expression.
 */
#include "parse_int.h"

static Node *parse_stmt_or_null(Parser *p);

/* ---- simple statements (Go spec: SimpleStmt) ------------------------------------------------- */

static bool is_assign_op(TokenKind k) { return k >= TK_ADD_ASSIGN && k <= TK_AND_NOT_ASSIGN; }

/* RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
 * The ND_RANGE is completed (position, body) by the for statement. */
static Node *parse_range_clause(Parser *p, NodeVec *lhs, bool define) {
	Node *r = ast_new(ND_RANGE, p_pos(p));
	p_next(p); /* range */
	r->range.define = define;
	if (lhs && lhs->len > 0)
		r->range.key = lhs->v[0];
	if (lhs && lhs->len > 1)
		r->range.value = lhs->v[1];
	if (lhs && lhs->len > 2)
		diag_error(lhs->v[2]->pos, "range clause permits at most two iteration variables");
	r->range.x = parse_expr(p);
	return r;
}

static Node *new_assign(Pos pos, int op, NodeVec lhs) {
	Node *a = ast_new(ND_ASSIGN, pos);
	a->assign.op = op;
	a->assign.lhs = lhs;
	return a;
}

/* A statement starting with a single expression x that is not an assignment. */
static Node *parse_simple_single(Parser *p, Node *x) {
	Pos pos = p_pos(p);
	TokenKind k = p->tok->kind;
	if (is_assign_op(k)) { /* x op= y */
		p_next(p);
		NodeVec lhs = {0};
		vec_push(&lhs, x);
		Node *a = new_assign(pos, k, lhs);
		vec_push(&a->assign.rhs, parse_expr(p));
		return a;
	}
	if (k == TK_INC || k == TK_DEC) {
		p_next(p);
		Node *n = ast_new(ND_INCDEC, pos);
		n->incdec.x = x;
		n->incdec.inc = k == TK_INC;
		return n;
	}
	if (k == TK_ARROW) {
		p_next(p);
		Node *n = ast_new(ND_SEND, pos);
		n->binary.op = TK_ARROW;
		n->binary.x = x;
		n->binary.y = parse_expr(p);
		return n;
	}
	Node *n = ast_new(ND_EXPRSTMT, x->pos);
	n->unary.x = x;
	return n;
}

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
 * `lhs` is an already parsed expression list or NULL; `keyword` is TK_FOR (a range clause is
 * allowed), TK_SWITCH (a type switch guard is allowed) or 0. */
static Node *parse_simple_stmt(Parser *p, NodeVec *lhs, TokenKind keyword) {
	if (keyword == TK_FOR && p_is(p, TK_RANGE))
		return parse_range_clause(p, NULL, false);
	NodeVec list = {0};
	if (!lhs) {
		parse_expr_list(p, &list);
		lhs = &list;
	}
	if (lhs->len == 1 && !p_is(p, TK_ASSIGN) && !p_is(p, TK_DEFINE))
		return parse_simple_single(p, lhs->v[0]);
	if (p_is(p, TK_ASSIGN) || p_is(p, TK_DEFINE)) {
		Pos pos = p_pos(p);
		TokenKind op = p->tok->kind;
		p_next(p);
		if (keyword == TK_FOR && p_is(p, TK_RANGE))
			return parse_range_clause(p, lhs, op == TK_DEFINE);
		Node *a = new_assign(pos, op, *lhs);
		parse_expr_list(p, &a->assign.rhs);
		return a;
	}
	p_syntax_error(p, "expecting := or = or comma");
	P_ADVANCE(p, TK_SEMICOLON, TK_RBRACE);
	Node *n = ast_new(ND_EXPRSTMT, lhs->v[0]->pos);
	n->unary.x = lhs->v[0];
	return n;
}

/* `v := x.(type)`: the guard of a type switch with a bound variable. */
static bool is_type_switch_guard(Node *s) {
	return s->kind == ND_ASSIGN && s->assign.op == TK_DEFINE && s->assign.lhs.len == 1 &&
	       s->assign.lhs.v[0]->kind == ND_IDENT && s->assign.rhs.len == 1 &&
	       s->assign.rhs.v[0]->kind == ND_TYPEASSERT && !s->assign.rhs.v[0]->assert.typ;
}

static const char *list_string(NodeVec *v) {
	Buf b = {0};
	for (int i = 0; i < v->len; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", ast_expr_string(v->v[i]));
	return buf_cstr(&b);
}

/* A simple statement as gc prints it in "cannot use ... as value". */
static const char *simple_stmt_string(Node *s) {
	switch (s->kind) {
	case ND_ASSIGN:
		if (s->assign.op == TK_ASSIGN)
			return fmt("assignment (%s) = (%s)", list_string(&s->assign.lhs),
				   list_string(&s->assign.rhs));
		return fmt("%s %s %s", list_string(&s->assign.lhs), tok_spelling(s->assign.op),
			   list_string(&s->assign.rhs));
	case ND_INCDEC: return fmt("%s%s", ast_expr_string(s->incdec.x), s->incdec.inc ? "++" : "--");
	case ND_SEND: return fmt("%s <- %s", ast_expr_string(s->binary.x), ast_expr_string(s->binary.y));
	case ND_RANGE: return fmt("range %s", ast_expr_string(s->range.x));
	default: return ast_kind_name(s->kind);
	}
}

/* ---- headers of if, for and switch -------------------------------------------------------- */

typedef struct Header {
	Node *init, *cond, *post; /* cond: an expression, an ND_RANGE (for), or a type switch
	                             guard ND_ASSIGN (switch) */
} Header;

/* After the init statement and `;` of a for header: [ Condition ] ";" [ PostStmt ]. */
static Node *parse_for_rest(Parser *p, Header *h) {
	Node *cond = NULL;
	if (!p_is(p, TK_SEMICOLON)) {
		if (p_is(p, TK_LBRACE)) {
			p_syntax_error(p, "expecting for loop condition");
			return NULL;
		}
		cond = parse_simple_stmt(p, NULL, 0);
	}
	p_want(p, TK_SEMICOLON);
	if (!p_is(p, TK_LBRACE)) {
		h->post = parse_simple_stmt(p, NULL, 0);
		if (h->post->kind == ND_ASSIGN && h->post->assign.op == TK_DEFINE)
			p_syntax_error_at(p, h->post->pos, "cannot declare in post statement of for loop");
	}
	return cond;
}

/* The condition statement must be an expression (or a switch's type guard). */
static void set_condition(Parser *p, Header *h, TokenKind keyword, Node *cs, Token *semi) {
	if (!cs) {
		if (keyword == TK_IF && semi) {
			if (semi->implicit)
				p_syntax_error_at(
				    p, semi->pos,
				    fmt("unexpected %s, expecting { after if clause", semi->text));
			else
				p_syntax_error_at(p, semi->pos, "missing condition in if statement");
			h->cond = ast_new(ND_BAD, semi->pos);
		}
	} else if (cs->kind == ND_EXPRSTMT) {
		h->cond = cs->unary.x;
	} else if (keyword == TK_SWITCH && is_type_switch_guard(cs)) {
		h->cond = cs;
	} else {
		p_syntax_error_at(p, cs->pos, fmt("cannot use %s as value", simple_stmt_string(cs)));
	}
}

/* Header = [ SimpleStmt ";" ] Condition  (if, switch), or the three clauses of a for. Inside a
 * header xnest is -1, so `T {` opens the body, not a composite literal. */
static Header parse_header(Parser *p, TokenKind keyword) {
	Header h = {0};
	p_want(p, keyword);
	if (p_is(p, TK_LBRACE)) {
		if (keyword == TK_IF) {
			p_syntax_error(p, "missing condition in if statement");
			h.cond = parse_bad(p);
		}
		return h;
	}
	int outer = p->xnest;
	p->xnest = -1;
	if (!p_is(p, TK_SEMICOLON)) {
		if (p_got(p, TK_VAR))
			p_syntax_error(
			    p, fmt("var declaration not allowed in %s initializer", tok_string(keyword)));
		h.init = parse_simple_stmt(p, NULL, keyword);
		if (h.init->kind == ND_RANGE) {
			h.cond = h.init;
			h.init = NULL;
			p->xnest = outer;
			return h;
		}
	}
	Node *cs = NULL;
	Token *semi = NULL;
	if (!p_is(p, TK_LBRACE)) {
		if (p_is(p, TK_SEMICOLON)) {
			semi = p->tok;
			p_next(p);
		} else {
			p_want(p, TK_LBRACE);
			if (!p_is(p, TK_LBRACE))
				P_ADVANCE(p, TK_LBRACE, TK_RBRACE);
		}
		if (keyword == TK_FOR)
			cs = parse_for_rest(p, &h);
		else if (!p_is(p, TK_LBRACE))
			cs = parse_simple_stmt(p, NULL, keyword);
	} else {
		cs = h.init;
		h.init = NULL;
	}
	set_condition(p, &h, keyword, cs, semi);
	p->xnest = outer;
	return h;
}

/* ---- compound statements -------------------------------------------------------------------- */

/* Block = "{" StatementList "}" . */
Node *parse_block(Parser *p, const char *context) {
	Node *b = ast_new(ND_BLOCK, p_pos(p));
	if (!p_got(p, TK_LBRACE)) {
		p_syntax_error(p, fmt("expecting { after %s", context));
		P_ADVANCE(p, TK_IDENT, TK_RBRACE);
		b->block.rbrace = p_pos(p);
		if (p_got(p, TK_RBRACE))
			return b;
	}
	parse_stmt_list(p, &b->block.stmts);
	b->block.rbrace = p_pos(p);
	p_want(p, TK_RBRACE);
	return b;
}

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
static Node *parse_if(Parser *p);

static Node *parse_else_if(Parser *p) {
	Node *n = p_enter(p) ? parse_if(p) : NULL;
	p_leave(p);
	return n;
}

static Node *parse_if(Parser *p) {
	Node *n = ast_new(ND_IF, p_pos(p));
	Header h = parse_header(p, TK_IF);
	n->ifs.init = h.init;
	n->ifs.cond = h.cond;
	n->ifs.then = parse_block(p, "if clause");
	if (p_got(p, TK_ELSE)) {
		if (p_is(p, TK_IF)) {
			n->ifs.els = parse_else_if(p);
		} else if (p_is(p, TK_LBRACE)) {
			n->ifs.els = parse_block(p, "");
		} else {
			p_syntax_error(p, "else must be followed by if or statement block");
			P_ADVANCE(p, TK_IDENT, TK_RBRACE);
		}
	}
	return n;
}

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
static Node *parse_for(Parser *p) {
	Pos pos = p_pos(p);
	Header h = parse_header(p, TK_FOR);
	Node *n;
	if (h.cond && h.cond->kind == ND_RANGE) {
		n = h.cond;
		n->pos = pos;
		n->range.body = parse_block(p, "for clause");
		return n;
	}
	n = ast_new(ND_FOR, pos);
	n->fors.init = h.init;
	n->fors.cond = h.cond;
	n->fors.post = h.post;
	n->fors.body = parse_block(p, "for clause");
	return n;
}

/* Forget a type switch guard: it is where it belongs (see report_stray_guards). */
static void accept_guard(Parser *p, Node *g) {
	for (int i = 0; i < p->guards.len; i++)
		if (p->guards.v[i] == g)
			p->guards.v[i] = NULL;
}

/* ExprCaseClause = ExprSwitchCase ":" StatementList .
 * ExprSwitchCase = "case" ExpressionList | "default" .  (Type switch cases list types, which
 * parse as expressions.) In a select, the case holds a send or receive statement instead. */
static Node *parse_case_clause(Parser *p, bool comm) {
	Node *c = ast_new(ND_CASE, p_pos(p));
	if (p_got(p, TK_CASE)) {
		if (comm)
			c->caseclause.comm = parse_simple_stmt(p, NULL, 0);
		else
			parse_expr_list(p, &c->caseclause.list);
	} else if (p_got(p, TK_DEFAULT)) {
		c->caseclause.is_default = true;
	} else {
		p_syntax_error(p, "expecting case or default or }");
		P_ADVANCE(p, TK_COLON, TK_CASE, TK_DEFAULT, TK_RBRACE);
	}
	p_want(p, TK_COLON);
	parse_stmt_list(p, &c->caseclause.body);
	return c;
}

static void parse_clauses(Parser *p, Node *n, const char *what, bool comm) {
	if (!p_got(p, TK_LBRACE)) {
		p_syntax_error(p, fmt("missing { after %s clause", what));
		P_ADVANCE(p, TK_CASE, TK_DEFAULT, TK_RBRACE);
	}
	while (!p_is(p, TK_EOF) && !p_is(p, TK_RBRACE))
		vec_push(&n->sw.clauses, parse_case_clause(p, comm));
	p_want(p, TK_RBRACE);
}

/* SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
 * TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" . */
static Node *parse_switch(Parser *p) {
	Node *n = ast_new(ND_SWITCH, p_pos(p));
	Header h = parse_header(p, TK_SWITCH);
	n->sw.init = h.init;
	n->sw.tag = h.cond;
	if (h.cond && h.cond->kind == ND_ASSIGN) { /* v := x.(type) */
		n->kind = ND_TYPESWITCH;
		n->sw.bind = h.cond->assign.lhs.v[0];
		n->sw.tag = h.cond->assign.rhs.v[0];
	} else if (h.cond && h.cond->kind == ND_TYPEASSERT && !h.cond->assert.typ) {
		n->kind = ND_TYPESWITCH;
	}
	if (n->kind == ND_TYPESWITCH)
		accept_guard(p, n->sw.tag);
	parse_clauses(p, n, "switch", false);
	return n;
}

/* SelectStmt = "select" "{" { CommClause } "}" . */
static Node *parse_select(Parser *p) {
	Node *n = ast_new(ND_SELECT, p_pos(p));
	p_want(p, TK_SELECT);
	parse_clauses(p, n, "select", true);
	return n;
}

/* ---- other statements ----------------------------------------------------------------------- */

/* LabeledStmt = Label ":" Statement .  A label on a for, switch or select is also recorded in
 * that statement, for break and continue. */
static Node *parse_labeled(Parser *p, Node *label) {
	Node *n = ast_new(ND_LABELED, label->pos);
	n->labeled.label = label->ident.name;
	Pos colon = p_pos(p);
	p_want(p, TK_COLON);
	if (p_is(p, TK_RBRACE)) {
		n->labeled.stmt = ast_new(ND_EMPTY, p_pos(p));
		return n;
	}
	Node *s = parse_stmt_or_null(p);
	if (!s) {
		p_syntax_error_at(p, colon, "missing statement after label");
		return NULL;
	}
	n->labeled.stmt = s;
	if (s->kind == ND_FOR)
		s->fors.label = n->labeled.label;
	else if (s->kind == ND_RANGE)
		s->range.label = n->labeled.label;
	else if (s->kind == ND_SWITCH || s->kind == ND_TYPESWITCH || s->kind == ND_SELECT)
		s->sw.label = n->labeled.label;
	return n;
}

/* GoStmt = "go" Expression .  DeferStmt = "defer" Expression .  The expression must be a
 * call, not parenthesized (gc's messages). */
static Node *parse_call_stmt(Parser *p) {
	TokenKind tok = p->tok->kind;
	Node *n = ast_new(tok == TK_GO ? ND_GO : ND_DEFER, p_pos(p));
	p_next(p);
	Node *x = parse_primary(p, NULL, p_is(p, TK_LPAREN));
	Node *t = ast_unparen(x);
	if (t != x) {
		diag_error(x->pos, "expression in %s must not be parenthesized", tok_spelling(tok));
		x = t;
	}
	if (x->kind != ND_CALL) {
		diag_error(x->pos, "expression in %s must be function call", tok_spelling(tok));
		Node *c = ast_new(ND_CALL, x->pos);
		c->call.fn = x;
		x = c;
	}
	n->unary.x = x;
	return n;
}

/* BreakStmt, ContinueStmt, GotoStmt, FallthroughStmt. */
static Node *parse_branch(Parser *p) {
	Node *n = ast_new(ND_BRANCH, p_pos(p));
	TokenKind tok = p->tok->kind;
	n->branch.tok = tok;
	p_next(p);
	if (tok == TK_GOTO || (tok != TK_FALLTHROUGH && p_is(p, TK_IDENT)))
		n->branch.label = parse_name(p)->ident.name;
	return n;
}

/* ReturnStmt = "return" [ ExpressionList ] . */
static Node *parse_return(Parser *p) {
	Node *n = ast_new(ND_RETURN, p_pos(p));
	p_next(p);
	if (!p_is(p, TK_SEMICOLON) && !p_is(p, TK_RBRACE))
		parse_expr_list(p, &n->list.list);
	return n;
}

static Node *parse_decl_stmt(Parser *p) {
	Node *n = ast_new(ND_DECLSTMT, p_pos(p));
	n->unary.x = parse_gen_decl(p, p->tok->kind);
	return n;
}

/* A statement starting with a name: a labeled statement or a simple statement. */
static Node *parse_name_stmt(Parser *p) {
	NodeVec lhs = {0};
	parse_expr_list(p, &lhs);
	if (lhs.len == 1 && lhs.v[0]->kind == ND_IDENT && p_is(p, TK_COLON))
		return parse_labeled(p, lhs.v[0]);
	return parse_simple_stmt(p, &lhs, 0);
}

/* Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt |
 *             ContinueStmt | GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt |
 *             SelectStmt | ForStmt | DeferStmt .
 * NULL if no statement starts at the current token. */
static Node *parse_stmt_nested(Parser *p);

static Node *parse_stmt_or_null(Parser *p) {
	Node *n = p_enter(p) ? parse_stmt_nested(p) : NULL;
	p_leave(p);
	return n;
}

static Node *parse_stmt_nested(Parser *p) {
	switch (p->tok->kind) {
	case TK_IDENT: return parse_name_stmt(p);
	case TK_VAR:
	case TK_CONST:
	case TK_TYPE: return parse_decl_stmt(p);
	case TK_LBRACE: return parse_block(p, "");
	case TK_ADD:
	case TK_SUB:
	case TK_MUL:
	case TK_AND:
	case TK_XOR:
	case TK_NOT:
	case TK_INT:
	case TK_FLOAT:
	case TK_IMAG:
	case TK_CHAR:
	case TK_STRING:
	case TK_FUNC:
	case TK_LPAREN:
	case TK_LBRACK:
	case TK_STRUCT:
	case TK_MAP:
	case TK_CHAN:
	case TK_INTERFACE:
	case TK_ARROW: return parse_simple_stmt(p, NULL, 0);
	case TK_FOR: return parse_for(p);
	case TK_SWITCH: return parse_switch(p);
	case TK_SELECT: return parse_select(p);
	case TK_IF: return parse_if(p);
	case TK_FALLTHROUGH:
	case TK_BREAK:
	case TK_CONTINUE:
	case TK_GOTO: return parse_branch(p);
	case TK_GO:
	case TK_DEFER: return parse_call_stmt(p);
	case TK_RETURN: return parse_return(p);
	case TK_SEMICOLON: return ast_new(ND_EMPTY, p_pos(p));
	default: return NULL;
	}
}

/* StatementList = { Statement ";" } . */
void parse_stmt_list(Parser *p, NodeVec *out) {
	while (!p_is(p, TK_EOF) && !p_is(p, TK_RBRACE) && !p_is(p, TK_CASE) && !p_is(p, TK_DEFAULT)) {
		Node *s = parse_stmt_or_null(p);
		if (!s)
			break;
		vec_push(out, s);
		if (!p_got(p, TK_SEMICOLON) && !p_is(p, TK_RBRACE)) {
			p_syntax_error(p, "at end of statement");
			P_ADVANCE(p, TK_SEMICOLON, TK_RBRACE, TK_CASE, TK_DEFAULT);
			p_got(p, TK_SEMICOLON);
		}
	}
}
